import type { Core } from '@strapi/strapi';

export type Locale = { id?: number; code: string; name: string };

type LocalesService = {
  find(): Promise<Locale[]>;
  findByCode(code: string): Promise<Locale | null>;
  create(locale: Locale): Promise<Locale>;
  getDefaultLocale(): Promise<string | null>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
};

type IsoLocalesService = { getIsoLocales(): Locale[] };

type ContentTypesService = { isLocalizedContentType(model: unknown): boolean };

type I18nServices = { locales: LocalesService; 'iso-locales': IsoLocalesService; 'content-types': ContentTypesService };

/** A service of Strapi's bundled i18n plugin, typed for the parts this app calls. */
export const getI18nService = <Name extends keyof I18nServices>(strapi: Core.Strapi, name: Name): I18nServices[Name] =>
  strapi.plugin('i18n').service(name) as I18nServices[Name];
