import { BOOKING_CODE_LENGTH, formatBookingCode, localToInstant } from '@conduct-desk/shared'
import type { OfficeHoursSlotFragment } from '@/graphql/generated/graphql'

export type OfficeHoursSlot = OfficeHoursSlotFragment

/** How long a new booking code stays on screen before it hides itself (someone may read over a shoulder). */
export const CODE_VISIBLE_MS = 60_000
export type SlotContact = NonNullable<OfficeHoursSlot['contact']>

/**
 * Whose times the list shows: everyone's, only those of whoever is on duty (slots without a named
 * contact), or one contact's.
 */
export type ContactFilter = 'all' | 'on-duty' | `contact:${string}`

export const contactFilterOf = (contactId: string): ContactFilter => `contact:${contactId}`

export function matchesFilter(slot: OfficeHoursSlot, filter: ContactFilter): boolean {
  if (filter === 'all') {
    return true
  }
  if (filter === 'on-duty') {
    return slot.contact === null
  }
  return slot.contact !== null && filter === contactFilterOf(slot.contact.id)
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `timeZone`: what the venue's clocks say. */
export function localDateOf(instant: string | number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant))
  const part = (type: string) => parts.find(candidate => candidate.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

export interface SlotDay {
  /** `YYYY-MM-DD` in the event's zone. */
  readonly date: string
  /** Every slot that starts on this day, free or taken, in time order. */
  readonly slots: readonly OfficeHoursSlot[]
}

/** Slots grouped by the day they start on in the event's zone, days and times in order. */
export function groupSlotsByDay(slots: readonly OfficeHoursSlot[], timeZone: string): SlotDay[] {
  const byDay = new Map<string, OfficeHoursSlot[]>()
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  for (const slot of sorted) {
    const date = localDateOf(slot.startsAt, timeZone)
    byDay.set(date, [...(byDay.get(date) ?? []), slot])
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, daySlots]) => ({ date, slots: daySlots }))
}

/** The people who hold slots, each once, in the order of their first time; "anyone on duty" is separate. */
export function contactsHoldingSlots(slots: readonly OfficeHoursSlot[]): SlotContact[] {
  const seen = new Map<string, SlotContact>()
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  for (const slot of sorted) {
    if (slot.contact && !seen.has(slot.contact.id)) {
      seen.set(slot.contact.id, slot.contact)
    }
  }
  return [...seen.values()]
}

export interface DayLabel {
  /** "Wednesday" / "quarta-feira". */
  readonly weekday: string
  /** "25 November" / "25 de novembro". */
  readonly date: string
}

/** A calendar day in the UI language; noon in the event's zone is on that day whatever the offset. */
export function dayLabelOf(localDate: string, locale: string, timeZone: string): DayLabel {
  const noon = localToInstant(localDate, '12:00', timeZone)
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone }).format(noon)
  return {
    weekday: weekday.charAt(0).toLocaleUpperCase(locale) + weekday.slice(1),
    date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone }).format(noon),
  }
}

/** A day as its picker button shows it. */
export interface DayOption {
  /** `YYYY-MM-DD` in the event's zone. */
  readonly date: string
  readonly label: DayLabel
  /** Free times on this day for the person chosen (or everyone's). */
  readonly free: number
}

/** A calendar day in one line, "Wednesday, November 25" / "quarta-feira, 25 de novembro". */
export function dayTitleOf(localDate: string, locale: string, timeZone: string): string {
  const noon = localToInstant(localDate, '12:00', timeZone)
  const title = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).format(noon)
  return title.charAt(0).toLocaleUpperCase(locale) + title.slice(1)
}

/** Start and end as the venue's clocks show them ("4:00 PM", "16:00"), in the UI language. */
export function timesOf(
  slot: Pick<OfficeHoursSlot, 'startsAt' | 'endsAt'>,
  locale: string,
  timeZone: string,
): { start: string; end: string } {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone })
  // No line break inside "4:30 PM": a narrow column wraps at the dash between the two times only.
  const unbroken = (instant: string) => format.format(new Date(instant)).replace(/\s/g, '\u00a0')
  return { start: unbroken(slot.startsAt), end: unbroken(slot.endsAt) }
}

/**
 * The languages someone speaks as one phrase in the UI language, for the middle of a sentence:
 * "English and French" / "inglês e francês". A tag the browser does not know is shown as it is.
 */
export function spokenLanguagesOf(tags: readonly string[], locale: string): string {
  let names: Intl.DisplayNames | undefined
  try {
    names = new Intl.DisplayNames([locale], { type: 'language' })
  } catch {
    names = undefined
  }
  const named = tags.map(tag => {
    try {
      return names?.of(tag) ?? tag
    } catch {
      return tag
    }
  })
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(named)
  } catch {
    return named.join(', ')
  }
}

/**
 * What is in the code field while someone types: capitals, the look-alikes O→0 and I/L→1 (codes have
 * neither), nothing but letters and digits, at most 10 of them, grouped as ABCDE-FGHJK.
 */
export function groupTypedBookingCode(typed: string): string {
  const raw = typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .slice(0, BOOKING_CODE_LENGTH)
  return raw.length > 5 ? formatBookingCode(raw) : raw
}

/** "A B C D E, F G H J K": a code read out one character at a time, not as a word. */
export function spokenBookingCode(code: string): string {
  return code
    .split('-')
    .map(group => [...group].join(' '))
    .join(', ')
}
