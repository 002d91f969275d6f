import { CaseReason } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { reportedCase, signedInResponder } from '../../../test/case-scenario.js'
import { createEvent } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import { AccountEntity } from '../accounts/account.entity.js'

const DETAIL = `{ id status allowedMoves publicSummary
  statusChanges { from to byName }
  proposal { resolution proposedByName isSignedOffByViewer signOffs { name } reporterResponse responseNote responseRecordedByName } }`
const CASE = `query($c: ID!) { case(caseId: $c) ${DETAIL} }`
const MOVE = `mutation($i: MoveCaseInput!) { moveCase(input: $i) { case ${DETAIL} } }`
const PROPOSE = `mutation($i: ProposeResolutionInput!) { proposeResolution(input: $i) ${DETAIL} }`
const SIGN_OFF = `mutation($c: ID!) { signOffResolution(caseId: $c) ${DETAIL} }`
const RECORD = `mutation($i: RecordReporterResponseInput!) { recordReporterResponse(input: $i) ${DETAIL} }`
const SUMMARY = `mutation($i: SetCasePublicSummaryInput!) { setCasePublicSummary(input: $i) ${DETAIL} }`
const STATUS = `query($r: String!, $p: String!) { reportStatus(reference: $r, passphrase: $p) {
  status proposedResolution { text response yourNote } } }`
const RESPOND = `mutation($i: RespondToResolutionInput!) { respondToResolution(input: $i) {
  status proposedResolution { text response yourNote } } }`

const RESOLUTION = 'The person was told to stop and will not attend the social events. RESOLUTION-CANARY'

interface Detail {
  id: string
  status: string
  allowedMoves: string[]
  publicSummary: string | null
  statusChanges: { from: string; to: string; byName: string | null }[]
  proposal: {
    resolution: string
    proposedByName: string | null
    isSignedOffByViewer: boolean
    signOffs: { name: string }[]
    reporterResponse: string | null
    responseNote: string | null
    responseRecordedByName: string | null
  } | null
}

describe.each(testDialects)('a decision nobody makes alone, on %s', dialect => {
  let server: TestServer
  let eventId: string
  let amara: TestClient
  let noor: TestClient
  let receipt: { reference: string; passphrase: string }
  let caseId: string

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const event = await createEvent(server.db)
    eventId = event.id
    amara = (await signedInResponder(server, eventId, 'Amara Responder')).client
    noor = (await signedInResponder(server, eventId, 'Noor Responder')).client
    const reported = await reportedCase(server, event.slug, {
      description: 'Someone kept following me between talks.',
    })
    receipt = reported.receipt
    caseId = reported.caseId
  })
  afterEach(() => server.stop())

  /** One step of the team's work, a minute after the last: the timeline orders by time. */
  async function act(client: TestClient, document: string, variables: Record<string, unknown>) {
    server.clock.advance(60_000)
    const result = await client.gql<Record<string, Detail | { case: Detail }>>(document, variables)
    const answer = Object.values(result.data ?? {})[0] ?? null
    // moveCase answers { case }; the others answer the case itself.
    const detail = answer !== null && 'case' in answer ? answer.case : answer
    return { detail, reason: result.errors?.[0]?.extensions?.reason }
  }

  const move = (client: TestClient, to: string) => act(client, MOVE, { i: { caseId, to } })
  const propose = (client: TestClient) => act(client, PROPOSE, { i: { caseId, resolution: RESOLUTION } })
  const signOff = (client: TestClient) => act(client, SIGN_OFF, { c: caseId })

  async function reporterSees() {
    const result = await server.client().gql<{
      reportStatus: { status: string; proposedResolution: { text: string; response: string | null } | null }
    }>(STATUS, { r: receipt.reference, p: receipt.passphrase })
    expect(result.errors).toBeUndefined()
    return result.data!.reportStatus
  }

  it('lets one responder alone never reach DECIDED, even signing off twice at once', async () => {
    expect((await move(amara, 'IN_REVIEW')).detail?.status).toBe('IN_REVIEW')
    expect((await propose(amara)).detail?.status).toBe('RESOLUTION_PROPOSED')
    const both = await Promise.all([signOff(amara), signOff(amara)])
    expect(both.filter(result => result.detail !== null)).toHaveLength(1)
    expect(both.map(result => result.reason)).toContain(CaseReason.AlreadySignedOff)
    await act(amara, RECORD, { i: { caseId, response: 'AGREES', note: 'Told us at the desk.' } })

    const decided = await move(amara, 'DECIDED')
    expect(decided.reason).toBe(CaseReason.SignOffsMissing)
    const now = await act(amara, CASE, { c: caseId })
    expect(now.detail?.status).toBe('RESOLUTION_PROPOSED')
    expect(now.detail?.proposal?.signOffs).toEqual([{ name: 'Amara Responder' }])
  })

  it('decides with two responders’ sign-offs and the reporter’s answer, and closes with the summary line', async () => {
    await move(amara, 'IN_REVIEW')
    await propose(amara)
    // The reporter reads the proposal in plain words on their follow-up page.
    expect(await reporterSees()).toEqual({
      status: 'RESOLUTION_PROPOSED',
      proposedResolution: { text: RESOLUTION, response: null, yourNote: null },
    })
    await signOff(amara)
    expect((await signOff(noor)).detail?.proposal?.signOffs.map(s => s.name)).toEqual([
      'Amara Responder',
      'Noor Responder',
    ])
    expect((await move(noor, 'DECIDED')).reason).toBe(CaseReason.ReporterResponseMissing)

    const answered = await server
      .client()
      .gql<{ respondToResolution: { proposedResolution: unknown } }>(RESPOND, {
        i: {
          reference: receipt.reference,
          passphrase: receipt.passphrase,
          response: 'CONCERNS',
          note: 'Also at lunch.',
        },
      })
    expect(answered.data?.respondToResolution.proposedResolution).toEqual({
      text: RESOLUTION,
      response: 'CONCERNS',
      yourNote: 'Also at lunch.',
    })
    // The first answer stands: neither the reporter nor the team can overwrite it.
    const again = await act(noor, RECORD, { i: { caseId, response: 'AGREES' } })
    expect(again.reason).toBe(CaseReason.ReporterAlreadyResponded)

    const decided = await move(noor, 'DECIDED')
    expect(decided.detail?.status).toBe('DECIDED')
    expect(decided.detail?.proposal).toMatchObject({
      reporterResponse: 'CONCERNS',
      responseNote: 'Also at lunch.',
      responseRecordedByName: null,
    })
    expect((await move(noor, 'CLOSED')).reason).toBe(CaseReason.SummaryMissing)
    await act(noor, SUMMARY, {
      i: { caseId, summary: 'A person was asked to keep their distance; resolved.' },
    })
    const closed = await move(noor, 'CLOSED')
    expect(closed.detail?.status).toBe('CLOSED')
    expect(closed.detail?.statusChanges).toEqual([
      { from: 'NEW', to: 'IN_REVIEW', byName: 'Amara Responder' },
      { from: 'IN_REVIEW', to: 'RESOLUTION_PROPOSED', byName: 'Amara Responder' },
      { from: 'RESOLUTION_PROPOSED', to: 'DECIDED', byName: 'Noor Responder' },
      { from: 'DECIDED', to: 'CLOSED', byName: 'Noor Responder' },
    ])
    expect((await reporterSees()).status).toBe('CLOSED')
    // Closed: nothing more is added until it is reopened.
    expect((await act(noor, SUMMARY, { i: { caseId, summary: 'Changed' } })).reason).toBe(CaseReason.Closed)
    expect((await move(noor, 'IN_REVIEW')).detail?.status).toBe('IN_REVIEW')
  })

  it('withdraws the proposal when the case goes back to review: sign-offs start afresh', async () => {
    await move(amara, 'IN_REVIEW')
    await propose(amara)
    await signOff(amara)
    await move(noor, 'IN_REVIEW')
    expect((await act(amara, CASE, { c: caseId })).detail?.proposal).toBeNull()
    expect((await reporterSees()).proposedResolution).toBeNull()
    const proposed = await propose(noor)
    expect(proposed.detail?.proposal).toMatchObject({ signOffs: [], isSignedOffByViewer: false })
    expect((await signOff(amara)).detail?.proposal?.isSignedOffByViewer).toBe(true)
  })

  it('refuses moves outside the status machine, and a proposal made as a plain move', async () => {
    expect((await move(amara, 'DECIDED')).reason).toBe(CaseReason.MoveNotAllowed)
    expect((await move(amara, 'CLOSED')).reason).toBe(CaseReason.MoveNotAllowed)
    await move(amara, 'IN_REVIEW')
    expect((await move(amara, 'RESOLUTION_PROPOSED')).reason).toBe(CaseReason.MoveNeedsItsStep)
    expect((await signOff(amara)).reason).toBe(CaseReason.NoOpenProposal)
    await propose(amara)
    const unreachable = await act(amara, RECORD, { i: { caseId, response: 'UNREACHABLE', note: '  ' } })
    expect(unreachable.reason).toBe(CaseReason.UnreachableNeedsReason)
    expect((await act(amara, CASE, { c: caseId })).detail?.allowedMoves.sort()).toEqual([
      'DECIDED',
      'ESCALATED_TO_WG',
      'IN_REVIEW',
    ])
  })

  it('logs who did what to the case, in order, and never what it says', async () => {
    await act(amara, CASE, { c: caseId })
    await move(amara, 'IN_REVIEW')
    await propose(amara)
    await signOff(amara)
    await signOff(noor)
    await server.client().gql(RESPOND, {
      i: { reference: receipt.reference, passphrase: receipt.passphrase, response: 'AGREES' },
    })
    const entries = await server.db.read.find(AuditEntryEntity, { order: { seq: 'ASC' } })
    const ofCase = entries.filter(entry => entry.objectId === caseId)
    const [amaraId, noorId] = await Promise.all(
      ['Amara Responder', 'Noor Responder'].map(
        async name => (await server.db.read.findOneByOrFail(AccountEntity, { name })).id,
      ),
    )
    // Each mutation answers with the case, which is a read of it too.
    expect(ofCase.map(entry => [entry.action, entry.actorId])).toEqual([
      ['case.open', null],
      ['case.read', amaraId],
      ['case.status', amaraId],
      ['case.read', amaraId],
      ['case.propose', amaraId],
      ['case.read', amaraId],
      ['case.sign-off', amaraId],
      ['case.read', amaraId],
      ['case.sign-off', noorId],
      ['case.read', noorId],
      ['case.reporter-response', null],
      ['case.read', null],
    ])
    expect(ofCase.every(entry => entry.scopeId === eventId)).toBe(true)
    expect(JSON.stringify(entries)).not.toContain('RESOLUTION-CANARY')
  })
})
