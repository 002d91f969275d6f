import { eventClock, listFormat, timeWordsFrom, type EventClock } from '@conduct-desk/shared'
import { eventDays, localDayBounds } from '@/time/event-time'

export interface AnnouncementEvent {
  readonly name: string
  readonly startsOn: string
  readonly endsOn: string
  readonly timeZone: string
  readonly urgentPhone: string | null
  readonly quietRoom: { readonly location: string; readonly directions: string | null } | null
  readonly photoConsent: {
    readonly mode: string
    readonly markers: readonly { readonly marker: string; readonly meaning: string }[]
  } | null
}

export interface AnnouncementContact {
  readonly name: string
  readonly pronouns: string | null
  readonly email: string
  readonly identifier: string
  readonly onDuty: readonly { readonly startsAt: string; readonly endsAt: string }[]
}

export interface OnDutyToday {
  readonly name: string
  /** Local wall-clock spans within the day, e.g. ["09:00–13:00", "20:00 until midnight"]. */
  readonly hours: readonly string[]
}

export interface DayAnnouncement {
  /** YYYY-MM-DD in the event's time zone. */
  readonly date: string
  /** 1 for the first day. */
  readonly dayNumber: number
  readonly onDuty: readonly OnDutyToday[]
  /** The script, one paragraph per entry. */
  readonly paragraphs: readonly string[]
  /** The paragraphs as one text to copy. */
  readonly text: string
}

/** A translator for the script's sentences; vue-i18n's `t` fits. */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** A fragment for the middle of a sentence: no closing full stop, semicolon or colon of its own. */
function clause(text: string): string {
  return text.trim().replace(/[\s.;:,]+$/u, '')
}

/**
 * A clause that continues a sentence ("… means please ask first"): as `clause`, with a leading
 * capital lowered when the word goes on in lower case ("Please", not "NASA" or "I").
 */
function continuing(text: string, locale: string): string {
  const bare = clause(text)
  return /^\p{Lu}\p{Ll}/u.test(bare) ? bare.charAt(0).toLocaleLowerCase(locale) + bare.slice(1) : bare
}

/** A sentence of its own: ends with a full stop unless it already ends as a sentence does. */
function sentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?…]["”’)]*$/u.test(trimmed) ? trimmed : `${clause(trimmed)}.`
}

/** The parts of a contact's periods that fall on one local day, as wall-clock spans. */
function hoursOn(
  contact: AnnouncementContact,
  date: string,
  clock: EventClock,
): { start: number; hours: string[] } | null {
  const day = localDayBounds(date, clock.timeZone)
  const spans = contact.onDuty
    .map(period => ({
      start: Math.max(new Date(period.startsAt).getTime(), day.start),
      end: Math.min(new Date(period.endsAt).getTime(), day.end),
    }))
    .filter(span => span.end > span.start)
    .sort((a, b) => a.start - b.start)
  if (spans.length === 0) {
    return null
  }
  return {
    start: spans[0]?.start ?? day.start,
    hours: spans.map(span => clock.span(span.start, span.end)),
  }
}

/**
 * The opening-announcement script for each day of an event: who is on duty that day (read in the
 * event's time zone, so a daylight-saving change or a shift after midnight lands on the right day),
 * how to recognise and reach them, where the quiet room is, and on the first day how the
 * photo-consent markers work. Pure: texts come from `t`, times from the shared event clock (the
 * same as the kiosk's and the dashboard's: "20:00 until midnight", never "24:00"), lists are joined
 * for `locale`. What organizers typed is set into the sentences without doubled punctuation.
 */
export function buildAnnouncements(
  event: AnnouncementEvent,
  contacts: readonly AnnouncementContact[],
  t: Translate,
  locale: string,
): DayAnnouncement[] {
  const list = listFormat(locale, 'conjunction')
  // Said aloud at the venue: its clock is the event's, so the zone is never named.
  const clock = eventClock({
    locale,
    timeZone: event.timeZone,
    deviceTimeZone: event.timeZone,
    words: timeWordsFrom(t),
  })
  const days = eventDays(event.startsOn, event.endsOn)
  const eventName = clause(event.name)
  return days.map((date, index) => {
    const onDuty = contacts
      .map(contact => ({ contact, today: hoursOn(contact, date, clock) }))
      .filter(entry => entry.today !== null)
      .sort(
        (a, b) =>
          (a.today?.start ?? 0) - (b.today?.start ?? 0) || a.contact.name.localeCompare(b.contact.name),
      )

    const paragraphs: string[] = [
      days.length > 1
        ? t('announcements.script.openingDay', { event: eventName, day: index + 1, days: days.length })
        : t('announcements.script.opening', { event: eventName }),
      t('announcements.script.policy'),
    ]
    if (onDuty.length === 0) {
      paragraphs.push(t('announcements.script.nobody'))
    } else {
      paragraphs.push(t('announcements.script.onDutyIntro'))
      for (const { contact, today } of onDuty) {
        const name = contact.pronouns ? `${contact.name} (${contact.pronouns})` : contact.name
        paragraphs.push(
          t('announcements.script.contact', {
            name,
            hours: list.format(today?.hours ?? []),
            identifier: clause(contact.identifier),
            email: contact.email,
          }),
        )
      }
    }
    if (event.quietRoom !== null) {
      paragraphs.push(
        [
          t('announcements.script.quietRoom', { location: clause(event.quietRoom.location) }),
          event.quietRoom.directions?.trim() ? sentence(event.quietRoom.directions) : null,
        ]
          .filter(Boolean)
          .join(' '),
      )
    }
    if (event.urgentPhone) {
      paragraphs.push(t('announcements.script.urgent', { phone: clause(event.urgentPhone) }))
    }
    if (index === 0 && event.photoConsent !== null) {
      const mode = event.photoConsent.mode === 'opt-out' ? 'photoOptOut' : 'photoOptIn'
      paragraphs.push(t(`announcements.script.${mode}`))
      if (event.photoConsent.markers.length > 0) {
        const markers = event.photoConsent.markers.map(marker =>
          t('announcements.script.marker', {
            marker: clause(marker.marker),
            meaning: continuing(marker.meaning, locale),
          }),
        )
        paragraphs.push(t('announcements.script.markers', { markers: markers.join('; ') }))
      }
    }
    paragraphs.push(t('announcements.script.closing'))
    return {
      date,
      dayNumber: index + 1,
      onDuty: onDuty.map(({ contact, today }) => ({ name: contact.name, hours: today?.hours ?? [] })),
      paragraphs,
      text: paragraphs.join('\n\n'),
    }
  })
}
