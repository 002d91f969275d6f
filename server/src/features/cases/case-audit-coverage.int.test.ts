import { Role, type AuditAction } from '@conduct-desk/shared'
import { getNamedType, isInputObjectType, isObjectType, type GraphQLField } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportedCase } from '../../../test/case-scenario.js'
import { createAccount, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { buildApiSchema } from '../../app/build-schema.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'

/** Types whose fields say something about a case: a root field returning one touches a case. */
const CASE_TYPES = new Set(['CaseDetail', 'CaseSummary', 'CaseMessage', 'ReportStatus', 'ReportReceipt'])

/** Root fields that touch cases but show no content: code names and statuses only. */
const WITHOUT_CONTENT: Record<string, string> = {
  'Query.cases': 'the inbox: code names, statuses and flags',
  'Subscription.caseInboxChanged': 'the inbox again, live',
  'Query.auditEntries': 'the audit log: who did what, never content; looking is logged as audit.view',
}

interface Step {
  readonly field: string
  readonly action: AuditAction
  /** Who acts: a responder (the entry names them) or the anonymous reporter (no actor). */
  readonly by: 'responder' | 'reporter'
  readonly document: string
  readonly variables: (s: Scenario) => Record<string, unknown>
}

interface Receipt {
  reference: string
  passphrase: string
}

/** `otherCaseId`: another case of the event, linked, unlinked, then merged into the scenario's case. */
type Scenario = Record<'caseId' | 'otherCaseId' | 'slug' | 'eventId' | 'immediateActionId', string> & Receipt

/** Every root field that reads case content or changes a case, in an order the status machine allows. */
const STEPS: readonly Step[] = [
  {
    field: 'Query.case',
    action: 'case.read',
    by: 'responder',
    document: 'query($c: ID!) { case(caseId: $c) { id } }',
    variables: s => ({ c: s.caseId }),
  },
  {
    field: 'Query.reportStatus',
    action: 'case.read',
    by: 'reporter',
    document: 'query($r: String!, $p: String!) { reportStatus(reference: $r, passphrase: $p) { status } }',
    variables: s => ({ r: s.reference, p: s.passphrase }),
  },
  {
    field: 'Mutation.sendCaseMessage',
    action: 'case.message',
    by: 'responder',
    document: 'mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, body: 'We read your report.' } }),
  },
  {
    field: 'Mutation.replyToReport',
    action: 'case.message',
    by: 'reporter',
    document: 'mutation($i: ReplyToReportInput!) { replyToReport(input: $i) { status } }',
    variables: s => ({ i: { reference: s.reference, passphrase: s.passphrase, body: 'Thank you.' } }),
  },
  {
    field: 'Mutation.moveCase',
    action: 'case.status',
    by: 'responder',
    document: 'mutation($i: MoveCaseInput!) { moveCase(input: $i) { status } }',
    variables: s => ({ i: { caseId: s.caseId, to: 'IN_REVIEW' } }),
  },
  {
    field: 'Mutation.linkCases',
    action: 'case.link',
    by: 'responder',
    document: 'mutation($i: LinkCasesInput!) { linkCases(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, otherCaseId: s.otherCaseId, note: 'Same evening.' } }),
  },
  {
    field: 'Mutation.unlinkCases',
    action: 'case.link',
    by: 'responder',
    document: 'mutation($c: ID!, $o: ID!) { unlinkCases(caseId: $c, otherCaseId: $o) { id } }',
    variables: s => ({ c: s.caseId, o: s.otherCaseId }),
  },
  {
    // One entry on each case; the other case's is checked in case-merge.int.test.ts.
    field: 'Mutation.mergeCases',
    action: 'case.merge',
    by: 'responder',
    document: 'mutation($c: ID!, $into: ID!) { mergeCases(caseId: $c, intoCaseId: $into) { id } }',
    variables: s => ({ c: s.otherCaseId, into: s.caseId }),
  },
  {
    field: 'Mutation.setCasePublicSummary',
    action: 'case.summary',
    by: 'responder',
    document: 'mutation($i: SetCasePublicSummaryInput!) { setCasePublicSummary(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, summary: 'Resolved with a warning.' } }),
  },
  {
    field: 'Mutation.proposeResolution',
    action: 'case.propose',
    by: 'responder',
    document: 'mutation($i: ProposeResolutionInput!) { proposeResolution(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, resolution: 'A written warning.' } }),
  },
  {
    field: 'Mutation.signOffResolution',
    action: 'case.sign-off',
    by: 'responder',
    document: 'mutation($c: ID!) { signOffResolution(caseId: $c) { id } }',
    variables: s => ({ c: s.caseId }),
  },
  {
    field: 'Mutation.respondToResolution',
    action: 'case.reporter-response',
    by: 'reporter',
    document: 'mutation($i: RespondToResolutionInput!) { respondToResolution(input: $i) { status } }',
    variables: s => ({ i: { reference: s.reference, passphrase: s.passphrase, response: 'AGREES' } }),
  },
  {
    // Back to review withdraws the proposal, so the team can record a response to a new one.
    field: 'Mutation.moveCase',
    action: 'case.status',
    by: 'responder',
    document: 'mutation($i: MoveCaseInput!) { moveCase(input: $i) { status } }',
    variables: s => ({ i: { caseId: s.caseId, to: 'IN_REVIEW' } }),
  },
  {
    field: 'Mutation.proposeResolution',
    action: 'case.propose',
    by: 'responder',
    document: 'mutation($i: ProposeResolutionInput!) { proposeResolution(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, resolution: 'A verbal warning.' } }),
  },
  {
    field: 'Mutation.recordReporterResponse',
    action: 'case.reporter-response',
    by: 'responder',
    document: 'mutation($i: RecordReporterResponseInput!) { recordReporterResponse(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, response: 'UNREACHABLE', note: 'No way to reach them.' } }),
  },
  {
    field: 'Mutation.addCaseEntry',
    action: 'case.note',
    by: 'responder',
    document: 'mutation($i: AddCaseEntryInput!) { addCaseEntry(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, kind: 'FACT', body: 'Two witnesses saw it.' } }),
  },
  {
    field: 'Mutation.setCaseReview',
    action: 'case.review',
    by: 'responder',
    document: 'mutation($i: SetCaseReviewInput!) { setCaseReview(input: $i) { id } }',
    variables: s => ({ i: { caseId: s.caseId, severity: 'MINOR', safetyRisk: 'NO' } }),
  },
  {
    field: 'Mutation.assignCase',
    action: 'case.assign',
    by: 'responder',
    document: 'mutation($c: ID!) { assignCase(caseId: $c, accountId: null) { id } }',
    variables: s => ({ c: s.caseId }),
  },
  {
    // Reviewing an immediate action is the second responder's part; the log names it like the first.
    field: 'Mutation.reviewImmediateAction',
    action: 'case.immediate-action',
    by: 'responder',
    document: 'mutation($c: ID!, $e: ID!) { reviewImmediateAction(caseId: $c, entryId: $e) { id } }',
    variables: s => ({ c: s.caseId, e: s.immediateActionId }),
  },
  {
    field: 'Mutation.addCasePerson',
    action: 'case.person',
    by: 'responder',
    document: 'mutation($i: AddCasePersonInput!) { addCasePerson(input: $i) { codeName } }',
    variables: s => ({ i: { caseId: s.caseId, role: 'WITNESS', name: 'A witness' } }),
  },
  {
    field: 'Mutation.revealCasePeople',
    action: 'case.reveal',
    by: 'responder',
    document: 'mutation($c: ID!) { revealCasePeople(caseId: $c) { name } }',
    variables: s => ({ c: s.caseId }),
  },
  {
    // Last: from here on the case is hidden from this responder.
    field: 'Mutation.recuseFromCase',
    action: 'case.recuse',
    by: 'responder',
    document: 'mutation($c: ID!) { recuseFromCase(caseId: $c) }',
    variables: s => ({ c: s.caseId }),
  },
]

/** Fields that open a case: checked on the case each one opens. */
const OPENING: readonly Step[] = [
  {
    field: 'Mutation.submitReport',
    action: 'case.open',
    by: 'reporter',
    document: 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference } }',
    variables: s => ({ i: { eventSlug: s.slug, description: 'Opened from the kiosk.' } }),
  },
  {
    field: 'Mutation.recordOnSiteReport',
    action: 'case.open',
    by: 'responder',
    document: 'mutation($i: RecordOnSiteReportInput!) { recordOnSiteReport(input: $i) { reference } }',
    variables: s => ({
      i: {
        eventId: s.eventId,
        description: 'Told in person.',
        isConfidentialityExplained: true,
        isImmediateActionNeeded: false,
      },
    }),
  },
]

/** Whether a root field touches cases: it returns a case type, or takes a case id. */
function touchesCases(field: GraphQLField<unknown, unknown>): boolean {
  const takesCaseId = field.args.some(arg => {
    const type = getNamedType(arg.type)
    return arg.name === 'caseId' || (isInputObjectType(type) && 'caseId' in type.getFields())
  })
  return takesCaseId || CASE_TYPES.has(getNamedType(field.type).name)
}

describe('the audit log of case work', () => {
  let server: TestServer
  let responder: TestClient
  let responderId: string
  let scenario: Scenario

  beforeAll(async () => {
    server = await startTestServer('sqlite')
    const event = await createEvent(server.db)
    const account = await createAccount(server.db, [{ role: Role.Responder, eventId: event.id }])
    responderId = account.id
    responder = await signedInClient(server, account)
    const submitted = await server
      .client()
      .gql<{ submitReport: Receipt }>(
        'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference passphrase } }',
        { i: { eventSlug: event.slug, description: 'Someone took photos of me after I said no.' } },
      )
    const listed = await responder.gql<{ cases: { id: string }[] }>(
      'query($e: ID!) { cases(eventId: $e) { id } }',
      {
        e: event.id,
      },
    )
    const caseId = listed.data!.cases[0]!.id
    const other = await reportedCase(server, event.slug, { description: 'The same evening, elsewhere.' })
    // A second responder took an immediate action, for this one to review.
    const second = await signedInClient(
      server,
      await createAccount(server.db, [{ role: Role.Responder, eventId: event.id }]),
    )
    const acted = await second.gql<{ addCaseEntry: { entries: { id: string }[] } }>(
      'mutation($i: AddCaseEntryInput!) { addCaseEntry(input: $i) { entries { id } } }',
      { i: { caseId, kind: 'IMMEDIATE_ACTION', body: 'Paused the talk.' } },
    )
    scenario = {
      ...submitted.data!.submitReport,
      caseId,
      otherCaseId: other.caseId,
      slug: event.slug,
      eventId: event.id,
      immediateActionId: acted.data!.addCaseEntry.entries[0]!.id,
    }
  })
  afterAll(() => server.stop())

  it('has a step below for every root field that touches cases, or says why it shows no content', async () => {
    const schema = await buildApiSchema()
    const touching = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap(
      type =>
        type === null || type === undefined || !isObjectType(type)
          ? []
          : Object.values(type.getFields())
              .filter(touchesCases)
              .map(field => `${type.name}.${field.name}`),
    )
    const covered = new Set([...STEPS, ...OPENING].map(step => step.field))
    expect(touching.filter(name => !covered.has(name) && !(name in WITHOUT_CONTENT))).toEqual([])
    expect(touching.length).toBeGreaterThan(10)
  })

  const entriesOf = (objectId: string) =>
    server.db.read.find(AuditEntryEntity, { where: { objectId }, order: { seq: 'ASC' } })

  it.each(STEPS.map((step, index) => [`${index + 1}. ${step.field}`, step] as const))(
    '%s appends its line, naming who did it',
    async (_name, step) => {
      const before = await entriesOf(scenario.caseId)
      const client = step.by === 'responder' ? responder : server.client()
      const result = await client.gql(step.document, step.variables(scenario))
      expect(result.errors).toBeUndefined()
      const added = (await entriesOf(scenario.caseId)).slice(before.length)
      expect(added.filter(entry => entry.action === step.action).map(entry => entry.actorId)).toEqual([
        step.by === 'responder' ? responderId : null,
      ])
    },
  )

  it.each(OPENING.map(step => [step.field, step] as const))(
    '%s logs the case it opens',
    async (_name, step) => {
      const before = await server.db.read.count(AuditEntryEntity)
      const client = step.by === 'responder' ? responder : server.client()
      const result = await client.gql(step.document, step.variables(scenario))
      expect(result.errors).toBeUndefined()
      const added = (await server.db.read.find(AuditEntryEntity, { order: { seq: 'ASC' } })).slice(before)
      expect(added.map(entry => [entry.action, entry.actorId, entry.scopeId])).toEqual([
        ['case.open', step.by === 'responder' ? responderId : null, scenario.eventId],
      ])
    },
  )
})
