const DAY_MS = 24 * 60 * 60 * 1000

/** Where a report stands against its deadline, in whole days (the wording lives in i18n). */
export type Countdown =
  | { readonly state: 'due'; readonly days: number }
  | { readonly state: 'dueToday' }
  | { readonly state: 'overdue'; readonly days: number }

/**
 * Days left until `dueAt`, seen from `now` (ms): "due in 12 days" counts started days, so the
 * last day before the deadline reads "due in 1 day" and the deadline's own last hours "due today";
 * once it passed, the days since it passed ("overdue by 1 day" right after), never a negative count.
 */
export function reportCountdown(dueAt: string, now: number): Countdown {
  const left = new Date(dueAt).getTime() - now
  if (left < 0) {
    return { state: 'overdue', days: Math.max(1, Math.ceil(-left / DAY_MS)) }
  }
  const days = Math.floor(left / DAY_MS)
  return days === 0 ? { state: 'dueToday' } : { state: 'due', days }
}
