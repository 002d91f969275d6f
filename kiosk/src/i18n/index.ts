import { createI18n } from 'vue-i18n'
import en from './en.json'
import pt from './pt.json'

/** English is the source locale; every other file has exactly its keys (checked by a test). */
export type MessageSchema = typeof en

/** Each language is offered in its own name, so someone who cannot read the current one finds theirs. */
export const LOCALES = [
  { code: 'en', name: 'English' },
  { code: 'pt', name: 'Português' },
] as const

export type Locale = (typeof LOCALES)[number]['code']

export const SOURCE_LOCALE: Locale = 'en'

export function isLocale(value: string): value is Locale {
  return LOCALES.some(locale => locale.code === value)
}

/** The first of the browser's preferred languages we have, by primary subtag (`pt-BR` → `pt`). */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0] ?? ''
    if (isLocale(primary)) {
      return primary
    }
  }
  return SOURCE_LOCALE
}

export function createKioskI18n(locale: Locale) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: SOURCE_LOCALE,
    messages: { en, pt },
    // Missing keys are caught by the locale test; in the browser they would only add console noise.
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type KioskI18n = ReturnType<typeof createKioskI18n>

declare module 'vue-i18n' {
  // Types `t('…')` keys against the English file.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
