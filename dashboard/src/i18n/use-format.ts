import {
  dateTimeFormat,
  deviceTimeZone,
  eventClock,
  formattingLocaleOf,
  timeWordsFrom,
  type EventClock,
} from '@conduct-desk/shared'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

/** A local calendar day ('YYYY-MM-DD') as a Date at UTC midnight, so formatting never shifts it. */
function dayAsUtc(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

/** Dates and times in the page's language, built on Intl so Portuguese reads as Portuguese. */
export function useFormat() {
  const { t, locale } = useI18n()
  // The UI language, with the device's region where it speaks it: en-GB reads "3 June" and 16:00.
  const formatting = computed(() => formattingLocaleOf(locale.value, globalThis.navigator?.languages ?? []))
  const dayFormat = computed(() =>
    dateTimeFormat(formatting.value, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  )
  const instantDayFormat = computed(() => dateTimeFormat(formatting.value, { dateStyle: 'long' }))
  const instantFormat = computed(() =>
    dateTimeFormat(formatting.value, { dateStyle: 'long', timeStyle: 'short' }),
  )
  const shortDayFormat = computed(() =>
    dateTimeFormat(formatting.value, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }),
  )
  const longDayFormat = computed(() =>
    dateTimeFormat(formatting.value, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }),
  )
  /**
   * An event's clock (the shared one the kiosk and the announcements use too), per language and
   * zone: the device's own languages pick 12 or 24 hours, and the event's zone is named when the
   * organizer's laptop is elsewhere.
   */
  const clocks = new Map<string, EventClock>()
  function clockOf(timeZone: string): EventClock {
    const key = `${formatting.value}|${timeZone}`
    let made = clocks.get(key)
    if (made === undefined) {
      made = eventClock({
        locale: formatting.value,
        timeZone,
        deviceTimeZone: deviceTimeZone(),
        words: timeWordsFrom(t),
      })
      clocks.set(key, made)
    }
    return made
  }
  const numberFormats = new Map<string, Intl.NumberFormat>()
  function unitFormat(unit: 'byte' | 'kilobyte' | 'megabyte' | 'gigabyte'): Intl.NumberFormat {
    const key = `${locale.value}|${unit}`
    let made = numberFormats.get(key)
    if (made === undefined) {
      made = new Intl.NumberFormat(locale.value, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      })
      numberFormats.set(key, made)
    }
    return made
  }
  const relativeFormat = computed(
    () => new Intl.RelativeTimeFormat(locale.value, { numeric: 'auto', style: 'long' }),
  )

  return {
    /** "3–5 June 2026" for an event's local days; they are already in the event's time zone. */
    dayRange(startsOn: string, endsOn: string): string {
      return dayFormat.value.formatRange(dayAsUtc(startsOn), dayAsUtc(endsOn))
    },
    /** An instant in the viewer's own time zone, e.g. when an invitation link stops working. */
    instant(iso: string): string {
      return instantFormat.value.format(new Date(iso))
    },
    /** "3 June 2026": the day of an instant in the viewer's own time zone (a deadline's last day). */
    instantDay(iso: string): string {
      return instantDayFormat.value.format(new Date(iso))
    },
    /** "Wed, 3 Jun" for one local day of an event. */
    day(day: string): string {
      return shortDayFormat.value.format(dayAsUtc(day))
    },
    /** "Wednesday, 3 June" for one local day of an event (office hours, meetings). */
    longDay(day: string): string {
      return longDayFormat.value.format(dayAsUtc(day))
    },
    /** "10:00 AM" / "10:00" on the wall clock of `timeZone` (an event's zone), in the page's language. */
    time(iso: string, timeZone: string): string {
      return clockOf(timeZone).time(iso)
    },
    /** "10:00 – 10:20 AM", "20:00 until midnight", "all day", on the wall clock of `timeZone`. */
    timeRange(startIso: string, endIso: string, timeZone: string): string {
      return clockOf(timeZone).span(startIso, endIso)
    },
    /** "today, 09:00–13:00", "Thursday 3 December, all day": a period such as an on-duty shift. */
    period(startIso: string, endIso: string, timeZone: string, now: number): string {
      return clockOf(timeZone).spanWithDay(startIso, endIso, now)
    },
    /** "340 kB", "1.2 MB": a file's size in the page's language (1 kB = 1000 bytes). */
    fileSize(bytes: number): string {
      const units = [
        ['gigabyte', 1e9],
        ['megabyte', 1e6],
        ['kilobyte', 1e3],
      ] as const
      const [unit, size] = units.find(([, size]) => bytes >= size) ?? (['byte', 1] as const)
      return unitFormat(unit).format(bytes / size)
    },
    /** "2 minutes ago", "just now"-like wording for an instant, seen from `now` (ms). */
    relative(iso: string, now: number): string {
      const seconds = Math.round((new Date(iso).getTime() - now) / 1000)
      const abs = Math.abs(seconds)
      if (abs < 45) {
        return relativeFormat.value.format(0, 'second')
      }
      if (abs < 45 * 60) {
        return relativeFormat.value.format(Math.round(seconds / 60), 'minute')
      }
      if (abs < 22 * 3600) {
        return relativeFormat.value.format(Math.round(seconds / 3600), 'hour')
      }
      return relativeFormat.value.format(Math.round(seconds / 86400), 'day')
    },
  }
}
