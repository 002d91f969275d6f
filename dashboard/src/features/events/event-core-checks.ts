import { EVENT_NAME_MAX_LENGTH } from '@conduct-desk/shared'
import { isKnownTimeZone } from './time-zones'

/** What the new-event and the details forms both ask: the event's name, days and time zone. */
export interface EventCoreDraft {
  name: string
  startsOn: string
  endsOn: string
  timeZone: string
}

export type EventCoreField = 'name' | 'startsOn' | 'endsOn' | 'timeZone'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The browser's checks of those fields, as the server makes them, in the page's words. */
export function checkEventCore(draft: EventCoreDraft, t: Translate): Partial<Record<EventCoreField, string>> {
  const problems: Partial<Record<EventCoreField, string>> = {}
  const name = draft.name.trim()
  if (name.length < 2 || name.length > EVENT_NAME_MAX_LENGTH) {
    problems.name =
      name === '' ? t('forms.required') : t('events.new.nameLength', { max: EVENT_NAME_MAX_LENGTH })
  }
  if (draft.startsOn === '') {
    problems.startsOn = t('forms.required')
  }
  if (draft.endsOn === '') {
    problems.endsOn = t('forms.required')
  } else if (draft.startsOn !== '' && draft.endsOn < draft.startsOn) {
    problems.endsOn = t('events.new.endsBeforeStart')
  }
  if (!isKnownTimeZone(draft.timeZone)) {
    problems.timeZone = draft.timeZone.trim() === '' ? t('forms.required') : t('events.new.timeZoneInvalid')
  }
  return problems
}

/** Our words for the server's refusals of those fields (it names the field it blamed). */
export function eventCoreServerWords(t: Translate): Record<'name' | 'timeZone' | 'endsOn', string> {
  return {
    name: t('events.new.nameLength', { max: EVENT_NAME_MAX_LENGTH }),
    timeZone: t('events.new.timeZoneInvalid'),
    endsOn: t('events.new.endsBeforeStart'),
  }
}
