import { ContactRole, EventKind } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { ContactEntity } from '../contacts/contact.entity.js'
import { EventEntity } from '../events/event.entity.js'
import { evaluateReadiness } from './readiness-rules.js'

const event = (overrides: Partial<EventEntity> = {}) =>
  Object.assign(new EventEntity(), {
    kind: EventKind.Conference,
    parentEventId: null,
    photoConsentMode: 'opt-in',
    photoConsentMarkers: [{ marker: 'Red lanyard', meaning: 'No photos', color: 'red' }],
    quietRoomLocation: 'Room 2',
    ...overrides,
  })
const contact = (overrides: Partial<ContactEntity> = {}) =>
  Object.assign(new ContactEntity(), {
    name: 'Ana',
    role: ContactRole.Committee,
    isIndependent: true,
    email: 'ana@example.org',
    photoPath: 'contacts/a.jpg',
    briefedOn: '2026-05-01',
    identifier: 'Orange lanyard',
    accountId: 'account-of-ana',
    ...overrides,
  })

const unmet = (...args: Parameters<typeof evaluateReadiness>) =>
  Object.fromEntries(
    evaluateReadiness(...args)
      .filter(check => check.missing.length > 0)
      .map(check => [check.key, check.missing]),
  )

describe('evaluateReadiness', () => {
  it('is all green for a conference with an independent, briefed committee of two and everything set up', () => {
    expect(
      unmet({ event: event(), contacts: [contact(), contact({ name: 'Bo' })], policyVersion: 1 }),
    ).toEqual({})
  })

  it('says what an empty conference is missing', () => {
    expect(
      unmet({
        event: event({ photoConsentMode: null, quietRoomLocation: null }),
        contacts: [],
        policyVersion: 0,
      }),
    ).toEqual({
      'named-contact': ['no-contacts'],
      'committee-of-two': ['committee:0'],
      'independent-committee': ['no-committee'],
      'photo-consent': ['not-set'],
      'private-reporting': ['no-quiet-room'],
      'contacts-briefed': ['no-contacts'],
      'visible-identifier': ['no-contacts'],
      'policy-published': ['not-saved'],
    })
  })

  it('names contacts without a photo, not briefed, or not independent', () => {
    const contacts = [
      contact({ photoPath: null, briefedOn: null, isIndependent: false }),
      contact({ name: 'Bo', photoPath: null }),
    ]
    expect(unmet({ event: event(), contacts, policyVersion: 1 })).toEqual({
      'named-contact': ['photo:Ana', 'photo:Bo'],
      'independent-committee': ['Ana'],
      'contacts-briefed': ['Ana'],
    })
  })

  it('names contacts that work cases without an account, whom a reporter could not keep out', () => {
    const contacts = [contact(), contact({ name: 'Bo', accountId: null })]
    expect(unmet({ event: event(), contacts, policyVersion: 1 })).toEqual({
      'contacts-have-accounts': ['Bo'],
    })
  })

  it('asks workshops for a lead organizer or coach and an escalation path, not a committee', () => {
    const checks = evaluateReadiness({
      event: event({ kind: EventKind.Workshop }),
      contacts: [contact()],
      policyVersion: 1,
    })
    const keys = checks.map(check => check.key)
    expect(keys).toContain('lead-or-coach')
    expect(keys).toContain('escalation-path')
    expect(keys).not.toContain('committee-of-two')
    const coached = evaluateReadiness({
      event: event({ kind: EventKind.Sprint, parentEventId: 'parent' }),
      contacts: [contact({ role: ContactRole.Coach })],
      policyVersion: 1,
    })
    expect(coached.every(check => check.missing.length === 0)).toBe(true)
  })

  it('asks meetups for neither a committee nor an escalation path', () => {
    const keys = evaluateReadiness({
      event: event({ kind: EventKind.Meetup }),
      contacts: [contact()],
      policyVersion: 1,
    }).map(check => check.key)
    expect(keys).not.toContain('committee-of-two')
    expect(keys).not.toContain('escalation-path')
  })
})
