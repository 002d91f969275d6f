import { ERROR_REASON_GROUPS } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import en from './en.json'
import pt from './pt.json'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    if (typeof value === 'string') {
      out.set(path, value)
    } else {
      leaves(value, path).forEach((text, nested) => out.set(nested, text))
    }
  }
  return out
}

function unsortedObjects(tree: Tree, prefix = ''): string[] {
  const keys = Object.keys(tree)
  const here = keys.join() === [...keys].sort().join() ? [] : [prefix || '(root)']
  return [
    ...here,
    ...keys.flatMap(key => {
      const value = tree[key]
      return typeof value === 'object' ? unsortedObjects(value, prefix === '' ? key : `${prefix}.${key}`) : []
    }),
  ]
}

const files = { en: en as Tree, pt: pt as Tree }

describe('message files', () => {
  it('have the same keys in every language', () => {
    expect([...leaves(files.pt).keys()].sort()).toEqual([...leaves(files.en).keys()].sort())
  })

  it.each(Object.entries(files))('%s keeps its keys sorted', (_name, tree) => {
    expect(unsortedObjects(tree)).toEqual([])
  })

  it.each(Object.entries(files))(
    '%s has no empty texts and no bare "@" (vue-i18n reads it as a link)',
    (_name, tree) => {
      for (const [key, text] of leaves(tree)) {
        expect(text.trim(), key).not.toBe('')
        expect(text.replaceAll("{'@'}", ''), key).not.toContain('@')
      }
    },
  )

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1]).sort()
    const portuguese = leaves(files.pt)
    for (const [key, text] of leaves(files.en)) {
      expect(placeholders(portuguese.get(key) ?? ''), key).toEqual(placeholders(text))
    }
  })

  it('names each language in its own words in both files', () => {
    expect(en.shell.languageNames).toEqual({ en: 'English', pt: 'Português' })
    expect(pt.shell.languageNames).toEqual(en.shell.languageNames)
  })

  it.each(Object.entries(files))('%s words every error reason the server can give', (_name, tree) => {
    const texts = leaves(tree)
    const reasons = Object.values(ERROR_REASON_GROUPS).flatMap(group => Object.values(group))
    expect(reasons.filter(reason => !texts.has(`errors.reasons.${reason}`))).toEqual([])
  })
})
