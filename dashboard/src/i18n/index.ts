import { createI18n } from 'vue-i18n'
import en from './en.json'
import pt from './pt.json'

/** The languages the dashboard speaks; English is the source, every key exists in each. */
export const LOCALES = ['en', 'pt'] as const
export type Locale = (typeof LOCALES)[number]

export type MessageSchema = typeof en

// Typed keys: `t('accounts.signIn.titel')` fails the typecheck instead of showing a raw key.
declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- vue-i18n reads the schema only through this augmented interface
  export interface DefineLocaleMessage extends MessageSchema {}
}

const STORAGE_KEY = 'conduct-desk.dashboard.locale'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The saved choice, else the browser's first language we speak, else English. */
export function preferredLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (isLocale(saved)) {
      return saved
    }
  } catch {
    // Storage can be off (private windows, policies); the browser's languages still tell us enough.
  }
  const fromBrowser = navigator.languages.map(tag => tag.slice(0, 2).toLowerCase()).find(isLocale)
  return fromBrowser ?? 'en'
}

/** Remembers the choice (a preference, not personal data) and tells assistive tech the page's language. */
export function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Not remembered across visits; the current page still switches.
  }
}

export function createAppI18n(locale: Locale = 'en') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, pt },
    // A missing Portuguese key falls back to English quietly; the i18n test keeps the files in step.
    missingWarn: false,
    fallbackWarn: false,
  })
}
