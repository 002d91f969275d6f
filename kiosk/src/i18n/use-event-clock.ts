import { eventClock, formattingLocaleOf, type EventClock } from '@conduct-desk/shared'
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'

/** The zone this screen's clock is in: a kiosk at the venue is in the event's, a phone may not be. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/**
 * An event's times in the page's language, on the event's clock: the shared `eventClock` (the same
 * as the dashboard's), with its words from this app's messages. The device's own languages pick the
 * 12- or 24-hour clock (English on an en-GB screen reads 16:00).
 */
export function useEventClock(timeZone: MaybeRefOrGetter<string>): ComputedRef<EventClock> {
  const { t, locale } = useI18n()
  return computed(() =>
    eventClock({
      locale: formattingLocaleOf(locale.value, globalThis.navigator?.languages ?? []),
      timeZone: toValue(timeZone),
      deviceTimeZone: deviceTimeZone(),
      words: {
        until: (time, day) =>
          day === undefined ? t('time.until', { time }) : t('time.untilDay', { day, time }),
        untilMidnight: t('time.untilMidnight'),
        toMidnight: start => t('time.toMidnight', { start }),
        allDay: t('time.allDay'),
        nextDay: span => t('time.nextDay', { span }),
        inZone: (text, zone) => t('time.inZone', { text, zone }),
      },
    }),
  )
}
