import type { CaseAction } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeOf } from '../../../test/attempts.js'
import { reportedCase, signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createEvent } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import { CaseActionEntity } from './case-action.entity.js'
import { CaseProposalEntity } from './case-proposal.entity.js'

const PROPOSAL = '{ status proposal { id resolution actions } }'
const CASE = `query($c: ID!) { case(caseId: $c) ${PROPOSAL} }`
const MOVE = `mutation($i: MoveCaseInput!) { moveCase(input: $i) { case ${PROPOSAL} } }`
const PROPOSE = `mutation($i: ProposeResolutionInput!) { proposeResolution(input: $i) ${PROPOSAL} }`

interface Detail {
  status: string
  proposal: { id: string; resolution: string; actions: string[] } | null
}

describe.each(testDialects)('the actions of a proposed resolution, on %s', dialect => {
  let server: TestServer
  let amara: TestClient
  let caseId: string

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const event = await createEvent(server.db)
    amara = (await signedInResponder(server, event.id, 'Amara Responder')).client
    caseId = (await reportedCase(server, event.slug, { description: 'Unwelcome comments at lunch.' })).caseId
    server.clock.advance(60_000)
    await amara.gql(MOVE, { i: { caseId, to: 'IN_REVIEW' } })
  })
  afterEach(() => server.stop())

  async function propose(actions?: unknown) {
    server.clock.advance(60_000)
    const answer = await amara.gql<{ proposeResolution: Detail }>(PROPOSE, {
      i: {
        caseId,
        resolution: 'The person was told to stop.',
        ...(actions === undefined ? {} : { actions }),
      },
    })
    return { answer, detail: answer.data?.proposeResolution ?? null }
  }

  async function nothingProposed() {
    const detail = (await amara.gql<{ case: Detail }>(CASE, { c: caseId })).data?.case
    expect(detail).toEqual({ status: 'IN_REVIEW', proposal: null })
    expect(await server.db.read.countBy(CaseProposalEntity, { caseId })).toBe(0)
    expect(await server.db.read.countBy(CaseActionEntity, { caseId })).toBe(0)
  }

  it('keeps the chosen actions as keys beside the proposal, in one audited write, shown in the order of DESIGN §5', async () => {
    const audited = await server.db.read.countBy(AuditEntryEntity, {
      action: 'case.propose',
      objectId: caseId,
    })

    const { detail } = await propose(['WRITTEN_WARNING', 'TOLD_TO_STOP'])

    expect(detail?.proposal?.actions).toEqual(['TOLD_TO_STOP', 'WRITTEN_WARNING'])
    const rows = await server.db.read.find(CaseActionEntity, { where: { caseId }, order: { action: 'ASC' } })
    expect(rows).toEqual([
      { proposalId: detail?.proposal?.id, action: 'TOLD_TO_STOP', caseId },
      { proposalId: detail?.proposal?.id, action: 'WRITTEN_WARNING', caseId },
    ])
    expect(await server.db.read.countBy(AuditEntryEntity, { action: 'case.propose', objectId: caseId })).toBe(
      audited + 1,
    )
  })

  it('proposes without actions when none are named', async () => {
    expect((await propose()).detail?.proposal?.actions).toEqual([])
  })

  it('refuses an action named twice, or one it does not know, and writes nothing', async () => {
    const twice = await propose(['VERBAL_WARNING', 'VERBAL_WARNING'])
    expect(codeOf(twice.answer)).toBe('BAD_USER_INPUT')
    expect(twice.answer.errors?.[0]?.extensions?.['field']).toBe('actions')
    await nothingProposed()

    expect(codeOf((await propose(['BANNED_FOREVER'])).answer)).not.toBe('OK')
    await nothingProposed()
  })

  it('refuses duplicates and unknown keys in the service too, for callers other than the API', async () => {
    const viewer = { accountId: 'nobody', email: 'nobody@example.org', name: 'Nobody', roles: [] }
    await expect(
      server.services.caseDecisions.propose(viewer, caseId, 'A warning.', ['NO_ACTION', 'NO_ACTION']),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'actions' } })
    await expect(
      server.services.caseDecisions.propose(viewer, caseId, 'A warning.', ['SHAMED' as CaseAction]),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'actions' } })
  })

  it('leaves a withdrawn proposal’s actions with it: the next proposal starts with its own', async () => {
    const first = (await propose(['REMOVED_FROM_EVENT'])).detail!
    server.clock.advance(60_000)
    await amara.gql(MOVE, { i: { caseId, to: 'IN_REVIEW' } })

    const second = (await propose(['NO_ACTION'])).detail!

    expect(second.proposal?.actions).toEqual(['NO_ACTION'])
    expect(await server.db.read.findBy(CaseActionEntity, { proposalId: first.proposal!.id })).toEqual([
      { proposalId: first.proposal!.id, action: 'REMOVED_FROM_EVENT', caseId },
    ])
  })
})
