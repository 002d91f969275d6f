/**
 * `Intl` formatters are slow to build (tens of microseconds each) and cheap to use, so each one is
 * made once per locale and options and reused: a server that built one per call spent 13% of its busy
 * time doing it. The set of keys is small (a few locales, the event zones, a few option sets); the
 * cap only guards against a caller that feeds it unbounded input.
 */
const MAX_CACHED = 500

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>()
const listFormats = new Map<string, Intl.ListFormat>()

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let made = cache.get(key)
  if (made === undefined) {
    made = make()
    if (cache.size >= MAX_CACHED) {
      cache.clear()
    }
    cache.set(key, made)
  }
  return made
}

/**
 * The `Intl.DateTimeFormat` for `locale` and `options`, made on first use. Pass options as literal
 * objects with their keys in a fixed order, so equal options share one formatter.
 * @throws RangeError for an unknown time zone or locale, as the constructor does (nothing is cached).
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    dateTimeFormats,
    `${locale}\u0000${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  )
}

/** "today", "tomorrow", "yesterday" in `locale`: `Intl.RelativeTimeFormat` with numeric `auto`. */
export function relativeDayFormat(locale: string): Intl.RelativeTimeFormat {
  return cached(
    relativeTimeFormats,
    locale,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' }),
  )
}

/** "A, B and C" (`conjunction`) or "A, B or C" (`disjunction`) in `locale`, made on first use. */
export function listFormat(locale: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  return cached(listFormats, `${locale}\u0000${type}`, () => new Intl.ListFormat(locale, { type }))
}
