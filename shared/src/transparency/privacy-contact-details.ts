import type { FoldedFinding } from './privacy-check.js'

/**
 * Emails and phone numbers. Both block whether recorded or not: a public transparency report never
 * carries either (the CoC team's own address belongs on the event page, not in the report).
 */
const LOCAL_PART_CHAR = /[\p{L}\p{N}._%+-]/u
const DOMAIN = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy

/** Any `local@domain.tld`, read outwards from each `@` (a regex from every word start is 5× slower). */
export function findEmails(folded: string): FoldedFinding[] {
  const found: FoldedFinding[] = []
  let lastEnd = 0
  for (let at = folded.indexOf('@'); at !== -1; at = folded.indexOf('@', at + 1)) {
    let start = at
    while (start > lastEnd && LOCAL_PART_CHAR.test(folded.charAt(start - 1))) {
      start -= 1
    }
    DOMAIN.lastIndex = at + 1
    const domain = DOMAIN.exec(folded)
    if (start === at || domain === null) {
      continue
    }
    lastEnd = DOMAIN.lastIndex
    found.push({ start, end: lastEnd, kind: 'EMAIL', blocking: true })
  }
  return found
}

/** A run of digits with at most two separators between each ("+49 (0)170 123-45 67"). */
const DIGIT_RUN = /\+?\(?\d(?:[ \u00a0().\-/]{0,2}\d)+/gu
const SHORTEST_PHONE = 7
/** Shapes that are not phone numbers although they have 7+ digits: dates and runs of years. */
const NUMERIC_DATE =
  /(?<!\d)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))(?!\d)/gu
const YEARS_SHAPE = /^(?:19|20)\d\d(?:[ \u00a0\-/]{1,3}(?:19|20)\d\d)+$/u

/** Recorded numbers by their last 7 digits, so "+49 170 1234567" finds "0170 1234567". */
export type PhoneIndex = ReadonlyMap<string, readonly string[]>

export function phoneIndexOf(phones: readonly string[]): PhoneIndex {
  const index = new Map<string, string[]>()
  for (const phone of phones) {
    const digits = significantDigits(phone)
    if (digits.length < SHORTEST_PHONE) {
      continue
    }
    const key = digits.slice(-SHORTEST_PHONE)
    index.set(key, [...(index.get(key) ?? []), digits])
  }
  return index
}

/** Digits only, without the trunk or international prefix's zeros. */
function significantDigits(value: string): string {
  return value.replace(/\D/gu, '').replace(/^0+/u, '')
}

export function findPhones(folded: string, recorded: PhoneIndex): FoldedFinding[] {
  const found: FoldedFinding[] = []
  // Dates are masked first (same length, so offsets hold), so "2026 (2026-05-12" is no phone number.
  const masked = folded.replace(NUMERIC_DATE, date => 'x'.repeat(date.length))
  for (const match of masked.matchAll(DIGIT_RUN)) {
    const start = match.index
    const end = start + match[0].length
    // Part of a word, a code or a longer number ("ABC1234567", "v1.2.3"): not a phone number.
    if (/[\p{L}\p{N}_]/u.test(masked.charAt(start - 1)) || /[\p{L}_]/u.test(masked.charAt(end))) {
      continue
    }
    const digits = significantDigits(match[0])
    const shaped = digits.length >= SHORTEST_PHONE && !YEARS_SHAPE.test(match[0])
    if (shaped || isRecorded(digits, recorded)) {
      found.push({ start, end, kind: 'PHONE', blocking: true })
    }
  }
  return found
}

function isRecorded(digits: string, recorded: PhoneIndex): boolean {
  if (digits.length < SHORTEST_PHONE) {
    return false
  }
  return (recorded.get(digits.slice(-SHORTEST_PHONE)) ?? []).some(
    phone => phone.endsWith(digits) || digits.endsWith(phone),
  )
}
