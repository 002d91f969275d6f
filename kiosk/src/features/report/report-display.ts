import { DEFAULT_REPORT_CATEGORIES } from '@conduct-desk/shared'

/** How long the receipt stays on screen after "Show my receipt" (SECURITY R28). */
export const RECEIPT_VISIBLE_MS = 15_000

type DefaultCategory = (typeof DEFAULT_REPORT_CATEGORIES)[number]

export function isDefaultCategory(category: string): category is DefaultCategory {
  return (DEFAULT_REPORT_CATEGORIES as readonly string[]).includes(category)
}

/** "2026-11-26" → "26 November 2026" in the visitor's language; dates only, no times. */
export function formatDay(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`)
  if (Number.isNaN(date.getTime())) {
    return isoDate
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/**
 * The groups of a receipt part, each but the last keeping its hyphen ("R-", "7K3M-", "9Q2F"), so a
 * long passphrase wraps between groups and never starts a line with a hyphen.
 */
export function receiptGroups(part: string): string[] {
  const groups = part.split('-')
  return groups.map((group, index) => (index < groups.length - 1 ? `${group}-` : group))
}

/**
 * A receipt part as it is typed: capitals, letters and digits only, grouped with hyphens as the
 * receipt shows them (R-XXXX-XXXX; XXXX-XXXX-XXXX-XXXX-XXXX). Lower case and missing hyphens are fine.
 */
export function groupTypedReceipt(typed: string, kind: 'reference' | 'passphrase'): string {
  const cleaned = typed.toUpperCase().replace(/[^0-9A-Z]/g, '')
  if (kind === 'reference') {
    const body = (cleaned.startsWith('R') ? cleaned.slice(1) : cleaned).slice(0, 8)
    if (body === '') {
      return cleaned.startsWith('R') ? 'R' : ''
    }
    return `R-${body.match(/.{1,4}/g)?.join('-') ?? ''}`
  }
  return (
    cleaned
      .slice(0, 20)
      .match(/.{1,4}/g)
      ?.join('-') ?? ''
  )
}
