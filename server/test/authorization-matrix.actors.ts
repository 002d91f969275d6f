import type { ErrorCode } from '@conduct-desk/shared'

/**
 * The actors, groups of actors and row shape of the authorization table
 * (`authorization-matrix.table.ts`, with the accounts rows in `authorization-matrix.accounts.ts`).
 */
export type Actor = 'anonymous' | 'admin' | 'wg' | 'organizer' | 'responder' | 'chair' | 'otherOrganizer'
export const ACTORS: readonly Actor[] = [
  'anonymous',
  'admin',
  'wg',
  'organizer',
  'responder',
  'chair',
  'otherOrganizer',
]
export const EVERYONE = ACTORS
export const SIGNED_IN = ACTORS.filter(actor => actor !== 'anonymous')
export const SETUP: readonly Actor[] = ['admin', 'organizer']
export const EVENT_TEAM: readonly Actor[] = ['admin', 'wg', 'organizer', 'responder', 'chair']
export const ALERTED: readonly Actor[] = ['admin', 'organizer', 'responder']

export interface Scenario {
  eventId: string
  caseId: string
  slotId: string
  windowId: string
  bookingId: string
  contactId: string
  kioskId: string
  alertId: string
  slug: string
  signInEmail: string
  invitationToken: string
}

export interface Operation {
  /** For subscriptions: what the test does to make the server send a message. */
  readonly trigger?: 'urgent-help' | 'report' | 'escalation'
  readonly document: string
  readonly variables?: (scenario: Scenario, run: number) => Record<string, unknown>
  readonly allowed: readonly Actor[]
  /** The code every refused actor gets, when it is not the usual UNAUTHENTICATED/FORBIDDEN split. */
  readonly deniedWith?: ErrorCode
}
