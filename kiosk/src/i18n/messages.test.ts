import { describe, expect, it } from 'vitest'
import en from './en.json'
import pt from './pt.json'
import { LOCALES, createKioskI18n, pickLocale } from '.'

type Messages = { [key: string]: string | Messages }

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  )
}

function unsortedIn(messages: Messages, path = '<root>'): string[] {
  const keys = Object.keys(messages)
  const here = keys.join() === [...keys].sort().join() ? [] : [path]
  return [
    ...here,
    ...Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [] : unsortedIn(value, key),
    ),
  ]
}

const files: Record<string, Messages> = { en, pt }

describe('messages', () => {
  it('offers exactly the locales that have a file', () => {
    expect(LOCALES.map(locale => locale.code).sort()).toEqual(Object.keys(files).sort())
  })

  it.each(Object.keys(files))('%s has the same keys as en', code => {
    expect(keysOf(files[code]!)).toEqual(keysOf(en))
  })

  it.each(Object.keys(files))('%s keeps its keys sorted', code => {
    expect(unsortedIn(files[code]!)).toEqual([])
  })

  it.each(Object.keys(files))('%s has no empty message and every message renders', code => {
    const { t } = createKioskI18n(code as 'en' | 'pt').global
    for (const key of keysOf(files[code]!)) {
      const rendered = t(
        key as never,
        { n: 2, name: 'N', names: 'N', time: 'T', period: 'P', url: 'U', location: 'L' },
        2,
      )
      expect(rendered.trim(), key).not.toBe('')
      expect(rendered, key).not.toBe(key)
    }
  })

  it('picks the first preferred language it has', () => {
    expect(pickLocale(['pt-BR', 'en'])).toBe('pt')
    expect(pickLocale(['de-DE', 'en-GB'])).toBe('en')
    expect(pickLocale(['ja'])).toBe('en')
  })
})
