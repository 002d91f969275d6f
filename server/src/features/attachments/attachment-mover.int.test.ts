import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportedCase } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { startWithReport, type ReportScenario } from '../../../test/report-scenario.js'
import { EventEntity } from '../events/event.entity.js'

const CASE = 'query($c: ID!) { case(caseId: $c) { id attachments { url } } }'
const MERGE = 'mutation($c: ID!, $into: ID!) { mergeCases(caseId: $c, intoCaseId: $into) { id } }'

describe.each(testDialects)('a merged case’s files, on %s', dialect => {
  let scenario: ReportScenario

  beforeEach(async () => {
    scenario = await startWithReport(dialect)
  })
  afterEach(() => scenario.server.stop())

  it('go with it to the case it is merged into, still hidden from whom either reporter excluded', async () => {
    const { server, responder, excluded } = scenario
    expect((await scenario.upload(Buffer.from('%PDF-1.4 evidence'), 'notes.pdf')).status).toBe(200)
    const { slug } = await server.db.read.findOneByOrFail(EventEntity, { id: scenario.eventId })
    const other = await reportedCase(server, slug, { description: 'The same evening.' })
    // The excluded responder may see the other case, until the excluded one is merged into it.
    expect((await excluded.gql(CASE, { c: other.caseId })).errors).toBeUndefined()

    expect((await responder.gql(MERGE, { c: scenario.caseId, into: other.caseId })).errors).toBeUndefined()

    const merged = await responder.gql<{ case: { id: string; attachments: { url: string }[] } }>(CASE, {
      c: other.caseId,
    })
    const url = merged.data?.case.attachments[0]?.url ?? ''
    expect(url).toContain(`/api/cases/${other.caseId}/attachments/`)
    expect((await scenario.download(url)).status).toBe(200)
    const asExcluded = (address: string) =>
      fetch(`${server.url}${address}`, { headers: { cookie: excluded.cookie ?? '' } })
    expect((await asExcluded(url)).status).toBe(404)
    expect((await asExcluded(url.replace(other.caseId, scenario.caseId))).status).toBe(404)
  })
})
