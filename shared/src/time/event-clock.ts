import { dateTimeFormat, relativeDayFormat } from './date-time-formats.js'
import { instantToLocal, localDateOf, toDate, type Instant } from './local-clock.js'
import { addDays, zoneOffsetMinutes } from './zoned-time.js'

/**
 * The few words a time needs that `Intl` does not have, in the reader's language (the apps build
 * them from their i18n files). "today" and "tomorrow" come from `Intl.RelativeTimeFormat`.
 */
export interface TimeWords {
  /** "until 19:00"; with a day, "until tomorrow, 02:00" (languages put the day differently). */
  readonly until: (time: string, day?: string) => string
  /** "until midnight": the end of the day, never "00:00", "24:00" or "12:00 AM". */
  readonly untilMidnight: string
  /** "20:00 until midnight": a span that ends as its day ends. */
  readonly toMidnight: (start: string) => string
  /** "all day": from midnight to midnight. */
  readonly allDay: string
  /** "22:00 – 02:00 (next day)": a span that runs past midnight. */
  readonly nextDay: (span: string) => string
  /** "16:00 (Western European Time)": the event's zone, named for a screen whose clock reads differently. */
  readonly inZone: (text: string, zone: string) => string
}

export interface EventClockOptions {
  /** A BCP 47 tag; its region decides the 12- or 24-hour clock (see `formattingLocaleOf`). */
  readonly locale: string
  /** The event's IANA zone: every time is read on the venue's clocks. */
  readonly timeZone: string
  /**
   * The zone of the screen the text is read on. Where its clock reads differently from the event's
   * at that moment, the event's zone is named. Pass the event's own zone for words said at the venue
   * (the opening announcement).
   */
  readonly deviceTimeZone: string
  readonly words: TimeWords
}

/** Times of one event as people read them: one way for the kiosk, the dashboard and the announcements. */
export interface EventClock {
  readonly timeZone: string
  /** `YYYY-MM-DD`: the day an instant falls on at the venue. */
  localDate(instant: Instant): string
  /** "16:00" or "4:00 PM", as the locale writes clock times. */
  time(instant: Instant): string
  /** "09:00–13:00", "20:00 until midnight", "all day", "22:00 – 02:00 (next day)". */
  span(start: Instant, end: Instant): string
  /** A venue day: "today", "tomorrow", "yesterday" seen from `now`, else "Wednesday, 3 June". */
  day(localDate: string, now?: Instant): string
  /** "today", "tomorrow", "yesterday" seen from `now`, else "Wednesday": a day picker's first line. */
  weekday(localDate: string, now?: Instant): string
  /** "3 June" / "June 3": a day picker's second line. */
  monthDay(localDate: string): string
  /** "today, 09:00–13:00"; "today, 22:00 – tomorrow, 02:00" for a span that runs into another day. */
  spanWithDay(start: Instant, end: Instant, now: Instant): string
  /** "until 19:00", "until midnight", "until tomorrow, 02:00": when something that is on now ends. */
  until(end: Instant, now: Instant): string
}

/** Noon UTC of a calendar day: formatted in UTC, no zone can move it to another day. */
function calendarDay(localDate: string): Date {
  return new Date(`${localDate}T12:00:00Z`)
}

/**
 * The formatter of one event's times for one reader. Pure (Intl only, no DOM, no framework) and
 * cheap to make: the `Intl` objects behind it are made once per locale and zone and shared.
 */
export function eventClock({ locale, timeZone, deviceTimeZone, words }: EventClockOptions): EventClock {
  const clock = dateTimeFormat(locale, { timeStyle: 'short', timeZone })
  // With a date, `timeStyle` cannot be used: the same clock, field by field ("0:00" never, "00:00").
  const isTwelveHour = ['h11', 'h12'].includes(clock.resolvedOptions().hourCycle ?? '')
  const hour = isTwelveHour ? 'numeric' : '2-digit'
  const longDay = dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
  const weekdayOnly = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })
  const monthDay = dateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })
  const dated = dateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour,
    minute: '2-digit',
    timeZone,
  })
  const zoneName = dateTimeFormat(locale, { timeZoneName: 'longGeneric', timeZone })

  const time = (instant: Date) => clock.format(instant)

  /** The event's zone, named when the screen's clock shows another time at any of these instants. */
  function withZone(text: string, instants: readonly Date[]): string {
    const differs =
      deviceTimeZone !== timeZone &&
      instants.some(
        instant => zoneOffsetMinutes(instant, timeZone) !== zoneOffsetMinutes(instant, deviceTimeZone),
      )
    if (!differs) {
      return text
    }
    const first = instants[0] ?? new Date()
    const name = zoneName.formatToParts(first).find(part => part.type === 'timeZoneName')?.value
    return words.inZone(text, name ?? timeZone)
  }

  /** "today", "tomorrow" or "yesterday" when `localDate` is one of those seen from `now`. */
  function relativeDay(localDate: string, now?: Instant): string | null {
    if (now !== undefined) {
      const today = localDateOf(now, timeZone)
      for (const offset of [0, 1, -1]) {
        if (localDate === addDays(today, offset)) {
          return relativeDayFormat(locale).format(offset, 'day')
        }
      }
    }
    return null
  }

  function day(localDate: string, now?: Instant): string {
    return relativeDay(localDate, now) ?? longDay.format(calendarDay(localDate))
  }

  /** A span with no zone named: within a day, to midnight, all day, or into the next day. */
  function plainSpan(start: Date, end: Date): string {
    const from = instantToLocal(start, timeZone)
    const to = instantToLocal(end, timeZone)
    const nextDay = addDays(from.date, 1)
    if (to.time === '00:00' && to.date === nextDay) {
      return from.time === '00:00' ? words.allDay : words.toMidnight(time(start))
    }
    if (to.date === from.date) {
      return clock.formatRange(start, end)
    }
    if (to.date === nextDay) {
      return words.nextDay(`${time(start)} – ${time(end)}`)
    }
    return dated.formatRange(start, end)
  }

  return {
    timeZone,
    localDate: instant => localDateOf(instant, timeZone),
    time: instant => withZone(time(toDate(instant)), [toDate(instant)]),
    span: (start, end) => withZone(plainSpan(toDate(start), toDate(end)), [toDate(start), toDate(end)]),
    day,
    weekday: (localDate, now) => relativeDay(localDate, now) ?? weekdayOnly.format(calendarDay(localDate)),
    monthDay: localDate => monthDay.format(calendarDay(localDate)),
    spanWithDay(start, end, now) {
      const [from, to] = [toDate(start), toDate(end)]
      const fromDay = localDateOf(from, timeZone)
      const to0 = instantToLocal(to, timeZone)
      const withinDay = to0.date === fromDay || (to0.time === '00:00' && to0.date === addDays(fromDay, 1))
      const text = withinDay
        ? `${day(fromDay, now)}, ${plainSpan(from, to)}`
        : `${day(fromDay, now)}, ${time(from)} – ${day(to0.date, now)}, ${time(to)}`
      return withZone(text, [from, to])
    },
    until(end, now) {
      const at = toDate(end)
      const today = localDateOf(now, timeZone)
      const to = instantToLocal(at, timeZone)
      const text =
        to.time === '00:00' && to.date === addDays(today, 1)
          ? words.untilMidnight
          : to.date === today
            ? words.until(time(at))
            : words.until(time(at), day(to.date, now))
      return withZone(text, [at])
    },
  }
}

/** A translator as the apps' i18n gives it (vue-i18n's `t` fits). */
export type TranslateTime = (key: string, values?: Record<string, string>) => string

/**
 * The words from an app's messages, which hold them under `time.`: `until`, `untilDay`,
 * `untilMidnight`, `toMidnight`, `allDay`, `nextDay` and `inZone` (placeholders `{time}`, `{day}`,
 * `{start}`, `{span}`, `{text}`, `{zone}`).
 */
export function timeWordsFrom(t: TranslateTime): TimeWords {
  return {
    until: (time, day) => (day === undefined ? t('time.until', { time }) : t('time.untilDay', { day, time })),
    untilMidnight: t('time.untilMidnight'),
    toMidnight: start => t('time.toMidnight', { start }),
    allDay: t('time.allDay'),
    nextDay: span => t('time.nextDay', { span }),
    inZone: (text, zone) => t('time.inZone', { text, zone }),
  }
}

/** The zone the device's own clock is in. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/**
 * The locale to format times in: the UI language, refined by the device's own region where it
 * speaks that language (English on an en-GB screen reads 16:00, on an en-US screen 4:00 PM).
 */
export function formattingLocaleOf(uiLanguage: string, deviceLanguages: readonly string[]): string {
  const primary = uiLanguage.toLowerCase().split('-')[0]
  const refined = deviceLanguages.find(
    tag => tag.toLowerCase().split('-')[0] === primary && tag.includes('-'),
  )
  if (refined === undefined) {
    return uiLanguage
  }
  try {
    return Intl.getCanonicalLocales(refined)[0] ?? uiLanguage
  } catch {
    return uiLanguage
  }
}
