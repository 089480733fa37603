import type { Core } from '@strapi/strapi';
/**
 * Demo content and a demo super admin for a fresh database, so `npm run develop` on a new
 * laptop opens a populated admin that one can log in to at once.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  seed: env.bool('SEED_DEMO', env('NODE_ENV', 'development') === 'development'),
  adminEmail: env('SEED_ADMIN_EMAIL', 'demo@example.com'),
  adminPassword: env('SEED_ADMIN_PASSWORD', 'Asyncline-demo-2026'),
});
