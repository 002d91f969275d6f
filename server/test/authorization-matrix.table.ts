import { ACCOUNT_OPERATIONS } from './authorization-matrix.accounts.js'
import { CASE_OPERATIONS } from './authorization-matrix.cases.js'
import { TRANSPARENCY_OPERATIONS } from './authorization-matrix.transparency.js'
import {
  EVERYONE,
  SETUP,
  SIGNED_IN,
  EVENT_TEAM,
  ALERTED,
  type Operation,
} from './authorization-matrix.actors.js'

export { ACTORS, type Actor, type Operation, type Scenario } from './authorization-matrix.actors.js'

/**
 * The authorization table: every root field × every actor. A new field without a row here fails
 * the completeness test below; a row that lets in the wrong actor fails the matrix.
 */
export const OPERATIONS: Record<string, Operation> = {
  ...ACCOUNT_OPERATIONS,
  ...CASE_OPERATIONS,
  ...TRANSPARENCY_OPERATIONS,
  'Query.publicEvents': { document: '{ publicEvents { id } }', allowed: EVERYONE },
  'Query.publicEvent': {
    document: 'query($slug: String!) { publicEvent(slug: $slug) { id contacts { id } } }',
    variables: s => ({ slug: s.slug }),
    allowed: EVERYONE,
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
  'Query.workingGroupContact': {
    document: '{ workingGroupContact { email phone note } }',
    allowed: SIGNED_IN,
  },
  'Mutation.setWorkingGroupContact': {
    document: 'mutation($i: SetWorkingGroupContactInput!) { setWorkingGroupContact(input: $i) { email } }',
    variables: () => ({ i: { email: 'wg@example.org', phone: '+351 210 000 000', note: 'Day and night.' } }),
    allowed: ['admin', 'wg'],
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
  'Query.auditEntries': {
    document:
      'query($c: ID!) { auditEntries(filter: { caseId: $c }) { entries { id actorName } nextCursor } }',
    variables: s => ({ c: s.caseId }),
    allowed: ['admin', 'wg'],
  },
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
  'Query.urgentHelpProgress': {
    document: 'query { urgentHelpProgress(alertToken: "not-a-token") { status } }',
    allowed: EVERYONE,
  },
  'Mutation.cancelUrgentHelp': {
    document: 'mutation { cancelUrgentHelp(alertToken: "not-a-token") { status } }',
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
}

/** Subscriptions run over WebSocket; each row is checked by triggering one event after subscribing. */
export const SUBSCRIPTIONS: Record<string, Operation> = {
  'Subscription.urgentAlertsChanged': {
    document: 'subscription($e: ID!) { urgentAlertsChanged(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: ALERTED,
    trigger: 'urgent-help',
  },
  'Subscription.escalatedCasesChanged': {
    document: 'subscription { escalatedCasesChanged { id } }',
    allowed: ['wg'],
    trigger: 'escalation',
  },
  'Subscription.caseInboxChanged': {
    document: 'subscription($e: ID!) { caseInboxChanged(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['responder'],
    trigger: 'report',
  },
}
