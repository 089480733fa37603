import { Stethoscope } from '@strapi/icons';

export const PluginIcon = () => <Stethoscope />;
