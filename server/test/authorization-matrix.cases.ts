import { EVERYONE, type Operation } from './authorization-matrix.actors.js'

/** The authorization rows of case work (see authorization-matrix.table.ts). */
export const CASE_OPERATIONS: Record<string, Operation> = {
  'Query.cases': {
    document: 'query($e: ID!) { cases(eventId: $e) { id } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['responder'],
  },
  'Query.caseInbox': {
    document: 'query($e: ID!) { caseInbox(eventId: $e) { total counters { overdue } cases { id } } }',
    variables: s => ({ e: s.eventId }),
    allowed: ['responder'],
  },
  'Query.escalatedCases': {
    document: '{ escalatedCases { id eventName } }',
    allowed: ['wg'],
  },
  'Query.case': {
    document: 'query($c: ID!) { case(caseId: $c) { id reports { description } } }',
    variables: s => ({ c: s.caseId }),
    // The WG is let through the door, and then told NOT_FOUND: the case is not escalated to them.
    allowed: ['responder', 'wg'],
  },
  'Mutation.sendCaseMessage': {
    document: 'mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, body: 'We read your report.' } }),
    allowed: ['responder'],
  },
  'Mutation.moveCase': {
    document: 'mutation($i: MoveCaseInput!) { moveCase(input: $i) { status } }',
    variables: s => ({ i: { caseId: s.caseId, to: 'IN_REVIEW' } }),
    allowed: ['responder', 'wg'],
  },
  'Mutation.proposeResolution': {
    document: 'mutation($i: ProposeResolutionInput!) { proposeResolution(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, resolution: 'A warning was given.' } }),
    allowed: ['responder'],
  },
  'Mutation.signOffResolution': {
    document: 'mutation($c: ID!) { signOffResolution(caseId: $c) { id } }',
    variables: s => ({ c: s.caseId }),
    allowed: ['responder'],
  },
  'Mutation.recordReporterResponse': {
    document: 'mutation($i: RecordReporterResponseInput!) { recordReporterResponse(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, response: 'UNREACHABLE', note: 'No contact details left.' } }),
    allowed: ['responder'],
  },
  'Mutation.setCasePublicSummary': {
    document: 'mutation($i: SetCasePublicSummaryInput!) { setCasePublicSummary(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, summary: 'Resolved with a warning.' } }),
    allowed: ['responder'],
  },
  'Mutation.recuseFromCase': {
    document: 'mutation($c: ID!) { recuseFromCase(caseId: $c) }',
    // A case nobody else in the matrix reads: the scenario's own stays visible to the responder.
    variables: () => ({ c: '00000000-0000-4000-8000-000000000000' }),
    allowed: ['responder'],
  },
  'Mutation.addCaseEntry': {
    document: 'mutation($i: AddCaseEntryInput!) { addCaseEntry(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, kind: 'NOTE', body: 'Spoke with the reporter.' } }),
    allowed: ['responder'],
  },
  'Mutation.reviewImmediateAction': {
    document: 'mutation($c: ID!, $e: ID!) { reviewImmediateAction(caseId: $c, entryId: $e) { id } }',
    variables: s => ({ c: s.caseId, e: '00000000-0000-4000-8000-000000000000' }),
    allowed: ['responder'],
  },
  'Mutation.setCaseReview': {
    document: 'mutation($i: SetCaseReviewInput!) { setCaseReview(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, severity: 'MINOR' } }),
    allowed: ['responder'],
  },
  'Mutation.assignCase': {
    document: 'mutation($c: ID!) { assignCase(caseId: $c, accountId: null) { id } }',
    variables: s => ({ c: s.caseId }),
    allowed: ['responder'],
  },
  'Mutation.addCasePerson': {
    document: 'mutation($i: AddCasePersonInput!) { addCasePerson(input: $i) { codeName } }',
    variables: s => ({ i: { caseId: s.caseId, role: 'WITNESS', name: 'A witness' } }),
    allowed: ['responder'],
  },
  'Mutation.revealCasePeople': {
    document: 'mutation($c: ID!) { revealCasePeople(caseId: $c) { codeName } }',
    variables: s => ({ c: s.caseId }),
    // The WG is let in, then told NOT_FOUND: the scenario's case is not escalated to them.
    allowed: ['responder', 'wg'],
  },
  // The second case does not exist: the door lets the responder through, and the gate says NOT_FOUND
  // (case-standing-aside.int.test.ts checks the recused and the excluded responder on each).
  'Mutation.mergeCases': {
    document: 'mutation($c: ID!, $into: ID!) { mergeCases(caseId: $c, intoCaseId: $into) { id } }',
    variables: s => ({ c: s.caseId, into: '00000000-0000-4000-8000-000000000000' }),
    allowed: ['responder'],
  },
  'Mutation.linkCases': {
    document: 'mutation($i: LinkCasesInput!) { linkCases(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, otherCaseId: '00000000-0000-4000-8000-000000000000' } }),
    allowed: ['responder'],
  },
  'Mutation.unlinkCases': {
    document: 'mutation($c: ID!, $o: ID!) { unlinkCases(caseId: $c, otherCaseId: $o) { id } }',
    variables: s => ({ c: s.caseId, o: '00000000-0000-4000-8000-000000000000' }),
    allowed: ['responder'],
  },
  'Mutation.respondToResolution': {
    document: 'mutation($i: RespondToResolutionInput!) { respondToResolution(input: $i) { status } }',
    variables: () => ({ i: { reference: 'R-AAAA-AAAA', passphrase: 'wrong', response: 'AGREES' } }),
    allowed: EVERYONE,
  },
}
