import { ErrorCode, Role } from '@conduct-desk/shared'
import { TEST_PASSWORD } from './factories.js'

/**
 * The authorization table of the matrix test (src/authorization/authorization-matrix.int.test.ts):
 * every root field × every actor. A new field without a row fails the completeness test there.
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
const EVERYONE = ACTORS
const SIGNED_IN = ACTORS.filter(actor => actor !== 'anonymous')
const SETUP: readonly Actor[] = ['admin', 'organizer']
const EVENT_TEAM: readonly Actor[] = ['admin', 'wg', 'organizer', 'responder', 'chair']
const ALERTED: readonly Actor[] = ['admin', 'organizer', 'responder']

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
  readonly trigger?: 'urgent-help' | 'report'
  readonly document: string
  readonly variables?: (scenario: Scenario, run: number) => Record<string, unknown>
  readonly allowed: readonly Actor[]
  /** The code every refused actor gets, when it is not the usual UNAUTHENTICATED/FORBIDDEN split. */
  readonly deniedWith?: ErrorCode
}

/**
 * The authorization table: every root field × every actor. A new field without a row here fails
 * the completeness test below; a row that lets in the wrong actor fails the matrix.
 */
export const OPERATIONS: Record<string, Operation> = {
  'Query.publicEvents': { document: '{ publicEvents { id } }', allowed: EVERYONE },
  'Query.publicEvent': {
    document: 'query($slug: String!) { publicEvent(slug: $slug) { id contacts { id } } }',
    variables: s => ({ slug: s.slug }),
    allowed: EVERYONE,
  },
  'Query.viewer': { document: '{ viewer { id } }', allowed: EVERYONE },
  'Query.invitation': {
    document: 'query($token: String!) { invitation(token: $token) { role } }',
    variables: s => ({ token: s.invitationToken }),
    allowed: EVERYONE,
  },
  'Query.myEvents': { document: '{ myEvents { roles event { id } } }', allowed: SIGNED_IN },
  'Query.series': { document: '{ series { id } }', allowed: ['admin'] },
  'Mutation.signIn': {
    document: 'mutation($input: SignInInput!) { signIn(input: $input) { step } }',
    variables: s => ({ input: { email: s.signInEmail, password: TEST_PASSWORD } }),
    allowed: EVERYONE,
  },
  'Mutation.signOut': { document: 'mutation { signOut }', allowed: SIGNED_IN },
  'Mutation.redeemInvitation': {
    document: 'mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { step } }',
    variables: (_s, run) => ({
      input: { token: `no-such-invitation-token-${run}`, name: 'N', password: TEST_PASSWORD },
    }),
    allowed: EVERYONE,
  },
  // Public, but only a pending sign-in in the browser's cookie gets anywhere: without one, everyone
  // is refused as unauthenticated.
  'Mutation.verifySecondFactor': {
    document: 'mutation { verifySecondFactor(input: { code: "123456" }) { step } }',
    allowed: [],
    deniedWith: ErrorCode.Unauthenticated,
  },
  // A pending sign-in that must set up an authenticator, or a signed-in person without one.
  'Mutation.startTotpEnrolment': {
    document: 'mutation { startTotpEnrolment { otpauthUri } }',
    allowed: SIGNED_IN,
  },
  'Mutation.confirmTotpEnrolment': {
    document: 'mutation { confirmTotpEnrolment(input: { code: "123456" }) { recoveryCodes } }',
    allowed: SIGNED_IN,
  },
  'Mutation.confirmIdentity': {
    document: 'mutation { confirmIdentity(input: { password: "not the password, but let in" }) }',
    allowed: SIGNED_IN,
  },
  'Mutation.resetTwoFactor': {
    document: 'mutation($input: ResetTwoFactorInput!) { resetTwoFactor(input: $input) }',
    variables: s => ({ input: { email: s.signInEmail } }),
    allowed: ['admin'],
  },
  'Mutation.setTwoFactorGrace': {
    document: 'mutation($input: SetTwoFactorGraceInput!) { setTwoFactorGrace(input: $input) { endsAt } }',
    variables: s => ({ input: { eventId: s.eventId, endsAt: null } }),
    allowed: ['admin'],
  },
  'Mutation.inviteMember': {
    document: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { url } }',
    variables: (s, run) => ({
      input: { email: `invitee-${run}@example.org`, role: Role.Responder, eventId: s.eventId },
    }),
    allowed: ['admin', 'organizer'],
  },
  'Query.eventTeam': {
    document: 'query($e: ID!) { eventTeam(eventId: $e) { accountId roles { id isPending } } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['admin', 'wg', 'organizer'],
  },
  'Mutation.approveAppointment': {
    document: 'mutation($e: ID!, $a: ID!) { approveAppointment(eventId: $e, appointmentId: $a) }',
    variables: s => ({ e: s.eventId, a: '00000000-0000-4000-8000-000000000000' }),
    allowed: ['admin', 'wg', 'organizer'],
  },
  'Mutation.declineAppointment': {
    document: 'mutation($e: ID!, $a: ID!) { declineAppointment(eventId: $e, appointmentId: $a) }',
    variables: s => ({ e: s.eventId, a: '00000000-0000-4000-8000-000000000000' }),
    allowed: ['admin', 'wg', 'organizer'],
  },
  'Mutation.createSeries': {
    document: 'mutation($input: CreateSeriesInput!) { createSeries(input: $input) { id } }',
    variables: (_s, run) => ({ input: { name: 'Matrix series', slug: `matrix-series-${run}` } }),
    allowed: ['admin'],
  },
  'Mutation.createEvent': {
    document: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    variables: (_s, run) => ({
      input: {
        name: 'Matrix event',
        slug: `matrix-event-${run}`,
        kind: 'MEETUP',
        startsOn: '2026-09-01',
        endsOn: '2026-09-01',
        timeZone: 'UTC',
        venue: '',
      },
    }),
    allowed: ['admin'],
  },
  'Query.event': {
    document: 'query($e: ID!) { event(eventId: $e) { id contacts { id } policy { version } } }',
    variables: s => ({ e: s.eventId }),
    allowed: EVENT_TEAM,
  },
  'Query.policyHistory': {
    document: 'query($e: ID!) { policyHistory(eventId: $e) { version } }',
    variables: s => ({ e: s.eventId }),
    allowed: EVENT_TEAM,
  },
  'Query.readiness': {
    document: 'query($e: ID!) { readiness(eventId: $e) { isReady } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['admin', 'wg', 'organizer'],
  },
  'Query.kioskDevices': {
    document: 'query($e: ID!) { kioskDevices(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: SETUP,
  },
  'Query.thisKiosk': { document: '{ thisKiosk { location } }', allowed: EVERYONE },
  'Query.urgentAlerts': {
    document: 'query($e: ID!) { urgentAlerts(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: ALERTED,
  },
  'Mutation.updateEventDetails': {
    document: 'mutation($i: UpdateEventDetailsInput!) { updateEventDetails(input: $i) { id } }',
    variables: s => ({
      i: {
        eventId: s.eventId,
        name: 'Matrix Conf',
        kind: 'CONFERENCE',
        startsOn: '2026-01-01',
        endsOn: '2030-01-01',
        timeZone: 'UTC',
        venue: 'Hall',
        attendeesInPerson: 10,
        attendeesOnline: 0,
      },
    }),
    allowed: SETUP,
  },
  'Mutation.setQuietRoom': {
    document: 'mutation($i: SetQuietRoomInput!) { setQuietRoom(input: $i) { id } }',
    variables: s => ({ i: { eventId: s.eventId, location: 'Room 2' } }),
    allowed: SETUP,
  },
  'Mutation.setPhotoConsent': {
    document: 'mutation($i: SetPhotoConsentInput!) { setPhotoConsent(input: $i) { id } }',
    variables: s => ({
      i: { eventId: s.eventId, mode: 'opt-in', markers: [{ marker: 'Red lanyard', meaning: 'No photos' }] },
    }),
    allowed: SETUP,
  },
  'Mutation.publishEvent': {
    document: 'mutation($e: ID!) { publishEvent(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: SETUP,
  },
  'Mutation.closeEvent': {
    document: 'mutation($e: ID!) { closeEvent(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: SETUP,
  },
  'Mutation.saveContact': {
    document: 'mutation($i: SaveContactInput!) { saveContact(input: $i) { id } }',
    variables: (s, run) => ({
      i: {
        eventId: s.eventId,
        name: 'Matrix',
        languages: ['en'],
        role: 'COMMITTEE',
        isIndependent: true,
        email: `matrix-${run}@example.org`,
        identifier: 'Lanyard',
        onDuty: [],
      },
    }),
    allowed: SETUP,
  },
  'Mutation.inviteContact': {
    document: 'mutation($e: ID!, $c: ID!) { inviteContact(eventId: $e, contactId: $c) { url } }',
    variables: s => ({ e: s.eventId, c: s.contactId }),
    allowed: SETUP,
  },
  'Mutation.deleteContact': {
    document: 'mutation($e: ID!, $c: ID!) { deleteContact(eventId: $e, contactId: $c) }',
    variables: s => ({ e: s.eventId, c: s.contactId }),
    allowed: SETUP,
  },
  'Mutation.savePolicy': {
    document: 'mutation($i: SavePolicyInput!) { savePolicy(input: $i) { version } }',
    variables: s => ({ i: { eventId: s.eventId, extensions: [] } }),
    allowed: SETUP,
  },
  'Mutation.createKioskEnrolment': {
    document: 'mutation($i: CreateKioskEnrolmentInput!) { createKioskEnrolment(input: $i) { code } }',
    variables: s => ({ i: { eventId: s.eventId, location: 'Hall' } }),
    allowed: SETUP,
  },
  'Mutation.revokeKiosk': {
    document: 'mutation($e: ID!, $k: ID!) { revokeKiosk(eventId: $e, kioskId: $k) }',
    variables: s => ({ e: s.eventId, k: s.kioskId }),
    allowed: SETUP,
  },
  'Mutation.enrolKiosk': {
    document: 'mutation { enrolKiosk(code: "ABCDEFGH") { location } }',
    allowed: EVERYONE,
  },
  'Mutation.requestUrgentHelp': {
    document: 'mutation($slug: String!) { requestUrgentHelp(input: { eventSlug: $slug }) { isTeamAlerted } }',
    variables: s => ({ slug: s.slug }),
    allowed: EVERYONE,
  },
  'Mutation.acknowledgeUrgentAlert': {
    document: 'mutation($i: AcknowledgeUrgentAlertInput!) { acknowledgeUrgentAlert(input: $i) { id } }',
    variables: s => ({ i: { eventId: s.eventId, alertId: s.alertId } }),
    allowed: ALERTED,
  },
  'Query.officeHourSlots': {
    document:
      'query($s: String!) { officeHourSlots(eventSlug: $s, from: "2026-01-01T00:00:00Z", to: "2026-01-10T00:00:00Z") { id available } }',
    variables: s => ({ s: s.slug }),
    allowed: EVERYONE,
  },
  'Query.bookingByCode': {
    document: 'query { bookingByCode(code: "00000-00000") { code } }',
    allowed: EVERYONE,
  },
  'Mutation.bookSlot': {
    document: 'mutation($i: BookSlotInput!) { bookSlot(input: $i) { code } }',
    variables: s => ({ i: { slotId: s.slotId } }),
    allowed: EVERYONE,
  },
  'Mutation.cancelBooking': {
    document: 'mutation { cancelBooking(code: "00000-00000") }',
    allowed: EVERYONE,
  },
  'Mutation.moveBooking': {
    document: 'mutation($i: MoveBookingInput!) { moveBooking(input: $i) { code } }',
    variables: s => ({ i: { code: '00000-00000', slotId: s.slotId } }),
    allowed: EVERYONE,
  },
  'Query.officeHourWindows': {
    document: 'query($e: ID!) { officeHourWindows(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['admin', 'organizer', 'responder'],
  },
  'Mutation.createOfficeHourWindow': {
    document: 'mutation($i: CreateOfficeHourWindowInput!) { createOfficeHourWindow(input: $i) { id } }',
    variables: s => ({
      i: {
        eventId: s.eventId,
        localDate: '2027-01-01',
        from: '12:00',
        to: '13:00',
        slotMinutes: 20,
        bufferMinutes: 5,
        place: 'Room 2',
      },
    }),
    allowed: ['admin', 'organizer', 'responder'],
  },
  'Mutation.deleteOfficeHourWindow': {
    document: 'mutation($e: ID!, $w: ID!) { deleteOfficeHourWindow(eventId: $e, windowId: $w) }',
    variables: s => ({ e: s.eventId, w: s.windowId }),
    allowed: ['admin', 'organizer', 'responder'],
  },
  'Mutation.setSlotBlocked': {
    document: 'mutation($i: SetSlotBlockedInput!) { setSlotBlocked(input: $i) }',
    variables: s => ({ i: { eventId: s.eventId, slotId: s.slotId, isBlocked: false } }),
    allowed: ['admin', 'organizer', 'responder'],
  },
  'Query.meetings': {
    document: 'query($e: ID!) { meetings(eventId: $e) { id contactMethod } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['responder'],
  },
  'Mutation.markMeeting': {
    document: 'mutation($i: MarkMeetingInput!) { markMeeting(input: $i) }',
    variables: s => ({ i: { eventId: s.eventId, bookingId: s.bookingId, status: 'held' } }),
    allowed: ['responder'],
  },
  'Mutation.submitReport': {
    document: 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference } }',
    variables: s => ({ i: { eventSlug: s.slug, description: 'Matrix report' } }),
    allowed: EVERYONE,
  },
  'Query.reportStatus': {
    document:
      'query { reportStatus(reference: "R-0000-0000", passphrase: "0000-0000-0000-0000-0000") { status } }',
    allowed: EVERYONE,
  },
  'Mutation.replyToReport': {
    document:
      'mutation { replyToReport(input: { reference: "R-0000-0000", passphrase: "0000-0000-0000-0000-0000", body: "hi" }) { status } }',
    allowed: EVERYONE,
  },
  'Mutation.recordOnSiteReport': {
    document: 'mutation($i: RecordOnSiteReportInput!) { recordOnSiteReport(input: $i) { reference } }',
    variables: s => ({
      i: {
        eventId: s.eventId,
        description: 'Told in person',
        isConfidentialityExplained: true,
        isImmediateActionNeeded: false,
      },
    }),
    allowed: ['responder'],
  },
  'Query.cases': {
    document: 'query($e: ID!) { cases(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['responder'],
  },
  'Query.case': {
    document: 'query($c: ID!) { case(caseId: $c) { id reports { description } } }',
    variables: s => ({ c: s.caseId }),
    allowed: ['responder'],
  },
  'Mutation.sendCaseMessage': {
    document: 'mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, body: 'We read your report.' } }),
    allowed: ['responder'],
  },
}

/** Subscriptions run over WebSocket; each row is checked by triggering one event after subscribing. */
export const SUBSCRIPTIONS: Record<string, Operation> = {
  'Subscription.urgentAlertsChanged': {
    document: 'subscription($e: ID!) { urgentAlertsChanged(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: ALERTED,
    trigger: 'urgent-help',
  },
  'Subscription.caseInboxChanged': {
    document: 'subscription($e: ID!) { caseInboxChanged(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['responder'],
    trigger: 'report',
  },
}
