import { slotTimes } from '@conduct-desk/shared'

/**
 * The office-hours form as typed: wall-clock times in the event's zone; minutes as the field holds
 * them (v-model on a number input gives a number, or '' when empty).
 */
export interface WindowDraft {
  readonly localDate: string
  readonly from: string
  readonly to: string
  readonly slotMinutes: string | number
  readonly bufferMinutes: string | number
}

export interface PreviewSlot {
  /** ISO instants, to format in the event's zone and the page's language. */
  readonly startsAt: string
  readonly endsAt: string
}

export const SLOT_MINUTES = { min: 5, max: 180 } as const
export const BUFFER_MINUTES = { min: 0, max: 120 } as const

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A whole number of minutes within `range`, or null. */
export function minutesWithin(text: string | number, range: { min: number; max: number }): number | null {
  const trimmed = String(text).trim()
  if (!/^\d{1,3}$/.test(trimmed)) {
    return null
  }
  const value = Number(trimmed)
  return value >= range.min && value <= range.max ? value : null
}

export function isWallClockTime(text: string): boolean {
  return TIME.test(text)
}

/**
 * The slots the server will create for this draft, by the same rule: consecutive meetings of
 * `slotMinutes`, `bufferMinutes` apart, the last ending by `to`, laid out on the event's wall clock
 * (`slotTimes` from @conduct-desk/shared, which the server uses too). Empty while the draft is
 * incomplete or out of range. A preview only: the server's answer is what counts.
 */
export function previewSlots(draft: WindowDraft, timeZone: string): PreviewSlot[] {
  const slotMinutes = minutesWithin(draft.slotMinutes, SLOT_MINUTES)
  const bufferMinutes = minutesWithin(draft.bufferMinutes, BUFFER_MINUTES)
  if (
    !DAY.test(draft.localDate) ||
    !isWallClockTime(draft.from) ||
    !isWallClockTime(draft.to) ||
    slotMinutes === null ||
    bufferMinutes === null
  ) {
    return []
  }
  return slotTimes({ ...draft, slotMinutes, bufferMinutes }, timeZone).map(slot => ({
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
  }))
}

/**
 * Office hours already set on the draft's day whose hours overlap it (wall clock, same day). Not an
 * error: two contacts may hold meetings at once; but usually it is the same window added twice.
 */
export function overlappingWindows<
  T extends { readonly localDate: string; readonly from: string; readonly to: string },
>(draft: WindowDraft, windows: readonly T[]): T[] {
  if (!isWallClockTime(draft.from) || !isWallClockTime(draft.to) || draft.to <= draft.from) {
    return []
  }
  return windows.filter(
    window => window.localDate === draft.localDate && window.from < draft.to && draft.from < window.to,
  )
}
