import { CONTACT_ROLES, isGroupAddress, localToInstant } from '@conduct-desk/shared'
import type { ContactRole, ContactsFieldsFragment, SaveContactInput } from '@/graphql/generated/graphql'
import { instantToLocal } from '@/time/event-time'
import { optionalText } from '@/ui/optional-text'
import type { LocalPeriod } from './ContactsDutyPeriods.vue'

export type Contact = ContactsFieldsFragment

/** The form's fields as typed, before they become a SaveContactInput. */
export interface ContactDraft {
  name: string
  pronouns: string
  role: ContactRole
  isIndependent: boolean
  email: string
  identifier: string
  languages: string[]
  onDuty: LocalPeriod[]
  briefedOn: string
  /** The team member this contact is, or '' for nobody yet. */
  accountId: string
}

export type ContactField =
  'name' | 'pronouns' | 'email' | 'identifier' | 'languages' | 'onDuty' | 'briefedOn' | 'accountId'

/** The API's enum values for the shared contact roles ('lead-organizer' → 'LEAD_ORGANIZER'). */
export const CONTACT_ROLE_VALUES: readonly ContactRole[] = CONTACT_ROLES.map(
  role => role.toUpperCase().replace('-', '_') as ContactRole,
)

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function draftFrom(contact: Contact | null, timeZone: string): ContactDraft {
  let key = 0
  return {
    name: contact?.name ?? '',
    pronouns: contact?.pronouns ?? '',
    role: contact?.role ?? 'COMMITTEE',
    isIndependent: contact?.isIndependent ?? true,
    email: contact?.email ?? '',
    identifier: contact?.identifier ?? '',
    languages: [...(contact?.languages ?? [])],
    onDuty: (contact?.onDuty ?? []).map(period => {
      const start = instantToLocal(period.startsAt, timeZone)
      const end = instantToLocal(period.endsAt, timeZone)
      return { key: key++, date: start.date, from: start.time, until: end.time }
    }),
    briefedOn: contact?.briefedOn ?? '',
    accountId: contact?.accountId ?? '',
  }
}

export interface DraftProblems {
  fields: Partial<Record<ContactField, string>>
  periods: Record<number, string>
}

/** Message keys for what is wrong with the draft; empty when it can be sent. */
export function checkDraft(draft: ContactDraft): DraftProblems {
  const fields: Partial<Record<ContactField, string>> = {}
  const periods: Record<number, string> = {}
  if (draft.name.trim() === '') {
    fields.name = 'forms.required'
  }
  const email = draft.email.trim()
  if (email === '') {
    fields.email = 'forms.required'
  } else if (!EMAIL_SHAPE.test(email)) {
    fields.email = 'forms.emailInvalid'
  } else if (isGroupAddress(email)) {
    fields.email = 'contacts.form.groupAddress'
  }
  if (draft.identifier.trim().length < 2) {
    fields.identifier = draft.identifier.trim() === '' ? 'forms.required' : 'contacts.form.identifierShort'
  }
  for (const period of draft.onDuty) {
    if (period.date === '' || period.from === '' || period.until === '') {
      periods[period.key] = 'contacts.form.periodIncomplete'
    } else if (period.until <= period.from) {
      periods[period.key] = 'contacts.form.periodOrder'
    }
  }
  if (Object.keys(periods).length > 0) {
    fields.onDuty = 'contacts.form.periodsInvalid'
  }
  return { fields, periods }
}

/** The draft as the API takes it: on-duty times become instants in the event's zone. */
export function toInput(
  draft: ContactDraft,
  eventId: string,
  contact: Contact | null,
  timeZone: string,
): SaveContactInput {
  return {
    eventId,
    id: contact?.id ?? null,
    accountId: draft.accountId === '' ? null : draft.accountId,
    name: draft.name.trim(),
    pronouns: optionalText(draft.pronouns),
    role: draft.role,
    isIndependent: draft.isIndependent,
    email: draft.email.trim(),
    identifier: draft.identifier.trim(),
    languages: draft.languages,
    onDuty: draft.onDuty.map(period => ({
      startsAt: localToInstant(period.date, period.from, timeZone).toISOString(),
      endsAt: localToInstant(period.date, period.until, timeZone).toISOString(),
    })),
    briefedOn: draft.briefedOn === '' ? null : draft.briefedOn,
  }
}

/** Initials for a contact without a photo: "Amara Okafor" → "AO". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words.at(-1)] : words.slice(0, 1)
  return letters.map(word => Array.from(word ?? '')[0]?.toUpperCase() ?? '').join('')
}
