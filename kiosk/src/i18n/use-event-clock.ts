import {
  deviceTimeZone,
  eventClock,
  formattingLocaleOf,
  timeWordsFrom,
  type EventClock,
} from '@conduct-desk/shared'
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'

/**
 * An event's times in the page's language, on the event's clock: the shared `eventClock` (the same
 * as the dashboard's), with its words from this app's messages (`time.*`). The device's own
 * languages pick the 12- or 24-hour clock (English on an en-GB screen reads 16:00); a kiosk at the
 * venue is in the event's zone, a phone elsewhere gets the zone named.
 */
export function useEventClock(timeZone: MaybeRefOrGetter<string>): ComputedRef<EventClock> {
  const { t, locale } = useI18n()
  return computed(() =>
    eventClock({
      locale: formattingLocaleOf(locale.value, globalThis.navigator?.languages ?? []),
      timeZone: toValue(timeZone),
      deviceTimeZone: deviceTimeZone(),
      words: timeWordsFrom(t),
    }),
  )
}
