import { readFileSync } from 'node:fs'
import path from 'node:path'

export type App = 'kiosk' | 'dashboard'
export type Locale = 'en' | 'pt'

/** Locales as a browser sends them; the apps pick their language from navigator.languages. */
export const BROWSER_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-GB', pt: 'pt-PT' }

/**
 * The app's own message file, so tests find elements by the same accessible names people read, and
 * follow copy changes. `t('contacts.heading')`; `{name}` placeholders are filled from `values`.
 */
export function messages(app: App, locale: Locale): (key: string, values?: Record<string, string>) => string {
  const file = path.resolve(import.meta.dirname, '..', '..', app, 'src', 'i18n', `${locale}.json`)
  const tree = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  return (key, values = {}) => {
    let node: unknown = tree
    for (const part of key.split('.')) {
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined
    }
    if (typeof node !== 'string') {
      throw new Error(`${app}/src/i18n/${locale}.json has no message ${key}`)
    }
    return node.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
  }
}
