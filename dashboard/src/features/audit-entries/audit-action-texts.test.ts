import { AUDIT_ACTIONS, auditActionName } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import en from '@/i18n/en.json'
import pt from '@/i18n/pt.json'

describe('audit action texts', () => {
  it.each([
    ['en', en],
    ['pt', pt],
  ])('%s words every audited action, and no other', (_language, messages) => {
    const worded = Object.keys(messages.auditEntries.actions).sort()
    expect(worded).toEqual(AUDIT_ACTIONS.map(action => auditActionName(action)).sort())
  })
})
