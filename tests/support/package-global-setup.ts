import { ensurePluginBuild } from './builds';

/** The package test packs the plugin's dist/, so it must be current; the app itself is not involved. */
export default async function globalSetup() {
  ensurePluginBuild();
}
