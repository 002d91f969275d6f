import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../test/databases.js'
import { startTestServer, type TestServer } from '../../test/test-server.js'
import { PUBLISHED, type PublishedData } from '../../test/transparency-scenario.js'
import { EventEntity } from '../features/events/event.entity.js'
import { localDay } from '../features/events/local-day.js'
import { seedDemoSeries } from './demo-series.js'

interface DemoReport {
  publishedTransparencyReport: NonNullable<PublishedData['publishedTransparencyReport']> & {
    statistics: { byAction: { key: string; count: number }[] }
  }
}

const DEMO_REPORT = PUBLISHED.replace('reportsDuringEvent', 'reportsDuringEvent byAction { key count }')

describe.each(testDialects)('the demo’s transparency reports, on %s', dialect => {
  let server: TestServer
  let year: number

  beforeEach(async () => {
    server = await startTestServer(dialect)
    year = Number(localDay(server.clock.now(), 'Europe/Lisbon').slice(0, 4))
    await seedDemoSeries(
      server.db,
      server.clock,
      path.join(server.dataDir, 'media'),
      server.cipher,
      server.config.publicUrl,
    )
  })
  afterEach(() => server.stop())

  it('has a published full report for each past edition, with its history, actions and the survey before it', async () => {
    const pastYears = [year - 3, year - 2, year - 1]
    for (const [index, pastYear] of pastYears.entries()) {
      const response = await server
        .client()
        .gql<DemoReport>(DEMO_REPORT, { s: `riverside-pycon-${pastYear}` })
      expect(response.errors).toBeUndefined()
      const report = response.data!.publishedTransparencyReport
      expect(report.kind).toBe('FULL')
      expect(report.statistics.history.map(edition => edition.eventName)).toEqual(
        pastYears.slice(0, index + 1).map(earlier => `Riverside PyCon ${earlier}`),
      )
      expect(report.statistics.reports).toBeGreaterThan(0)
      expect(report.statistics.byAction.length).toBeGreaterThan(0)
      expect(report.markdown).toContain('## Status of each report')
      expect(report.markdown).toContain('talks were reviewed')
      expect(report.markdown).not.toMatch(/Amara|Tomás|Noor|Lena|Kwame|Dana/)
      // Written as the chair would publish it: the privacy check has nothing to block.
      const event = await server.db.read.findOneByOrFail(EventEntity, { slug: `riverside-pycon-${pastYear}` })
      const findings = await server.services.reportPrivacy.check(event.id, report.markdown)
      expect(findings.filter(finding => finding.blocking)).toEqual([])
      if (index > 0) {
        expect(report.markdown).toContain(
          `What attendees of Riverside PyCon ${pastYears[index - 1]} answered`,
        )
      }
    }
    const live = await server.client().gql<PublishedData>(PUBLISHED, { s: `riverside-pycon-${year}` })
    expect(live.data?.publishedTransparencyReport).toBeNull()
  })
})
