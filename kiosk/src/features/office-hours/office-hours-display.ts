import { BOOKING_CODE_LENGTH, formatBookingCode, listFormat, type EventClock } from '@conduct-desk/shared'
import type { OfficeHoursSlotFragment } from '@/graphql/generated/graphql'

export type OfficeHoursSlot = OfficeHoursSlotFragment

/** How long a new booking code stays on screen before it hides itself (someone may read over a shoulder). */
export const CODE_VISIBLE_MS = 60_000
export type SlotContact = NonNullable<OfficeHoursSlot['contact']>

/**
 * Whose times the list shows: everyone's (whoever holds them), or one contact's: the times they
 * hold by name and those they are on duty for.
 */
export type ContactFilter = 'all' | `contact:${string}`

export const contactFilterOf = (contactId: string): ContactFilter => `contact:${contactId}`

/** The contact a filter names, or null for everyone's times. */
export function contactIdOf(filter: ContactFilter): string | null {
  return filter === 'all' ? null : filter.slice('contact:'.length)
}

export function matchesFilter(slot: OfficeHoursSlot, filter: ContactFilter): boolean {
  const contactId = contactIdOf(filter)
  return (
    contactId === null ||
    slot.contact?.id === contactId ||
    (slot.contact === null && slot.onDuty.some(contact => contact.id === contactId))
  )
}

/**
 * Whom a meeting in this slot is with when the visitor chose `filter`: the slot's own contact, the
 * one chosen among those on duty, or null for whoever is on duty.
 */
export function meetingContactOf(slot: OfficeHoursSlot, filter: ContactFilter): SlotContact | null {
  const contactId = contactIdOf(filter)
  return slot.contact ?? slot.onDuty.find(contact => contact.id === contactId) ?? null
}

export interface SlotDay {
  /** `YYYY-MM-DD` in the event's zone. */
  readonly date: string
  /** Every slot that starts on this day, free or taken, in time order. */
  readonly slots: readonly OfficeHoursSlot[]
}

/** Slots grouped by the day they start on in the event's zone, days and times in order. */
export function groupSlotsByDay(slots: readonly OfficeHoursSlot[], clock: EventClock): SlotDay[] {
  const byDay = new Map<string, OfficeHoursSlot[]>()
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  for (const slot of sorted) {
    const date = clock.localDate(slot.startsAt)
    byDay.set(date, [...(byDay.get(date) ?? []), slot])
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, daySlots]) => ({ date, slots: daySlots }))
}

/**
 * Everyone who holds meeting times, each once, in the order of their first time: named on a time,
 * or on duty for a time held by whoever is on duty. Each can be chosen by name.
 */
export function contactsHoldingSlots(slots: readonly OfficeHoursSlot[]): SlotContact[] {
  const seen = new Map<string, SlotContact>()
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  for (const slot of sorted) {
    for (const contact of slot.contact ? [slot.contact] : slot.onDuty) {
      if (!seen.has(contact.id)) {
        seen.set(contact.id, contact)
      }
    }
  }
  return [...seen.values()]
}

/** A sentence's first letter in capitals, for "today" at the start of a line. */
export function capitalized(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)
}

export interface DayLabel {
  /** "Today" / "Wednesday" / "quarta-feira". */
  readonly weekday: string
  /** "25 November" / "25 de novembro". */
  readonly date: string
}

/** A day as its picker button shows it. */
export interface DayOption {
  /** `YYYY-MM-DD` in the event's zone. */
  readonly date: string
  readonly label: DayLabel
  /** Free times on this day for the person chosen (or everyone's). */
  readonly free: number
}

/** "Amara Okafor or Tomás Ferreira": who "anyone on duty" will be, in the UI language. */
export function spokenNamesOf(contacts: readonly Pick<SlotContact, 'name'>[], locale: string): string {
  const names = contacts.map(contact => contact.name)
  try {
    return listFormat(locale, 'disjunction').format(names)
  } catch {
    return names.join(', ')
  }
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
    return listFormat(locale, 'conjunction').format(named)
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
