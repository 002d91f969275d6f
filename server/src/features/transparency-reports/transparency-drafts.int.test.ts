import { ErrorCode, SURVEY_ANSWERS_MAX, TransparencyReason, addDays } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import {
  DRAFT,
  RECORD_SURVEY,
  SURVEY,
  caseWith,
  eventWithChair,
  type DraftData,
} from '../../../test/transparency-scenario.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import { SeriesEntity } from '../events/series.entity.js'
import { newId } from '../../platform/security/tokens.js'

describe.each(testDialects)('transparency report drafts and the survey, on %s', dialect => {
  let server: TestServer

  beforeEach(async () => {
    server = await startTestServer(dialect)
  })
  afterEach(() => server.stop())

  it('pre-fills the initial report with the numbers so far, and says reporting stays open', async () => {
    const { event, chair } = await eventWithChair(server)
    const empty = await chair.gql<DraftData>(DRAFT, { e: event.id, k: 'INITIAL' })
    expect(empty.errors).toBeUndefined()
    const nothingYet = empty.data!.transparencyReportDraft.markdown
    expect(nothingYet).toContain('so far')
    expect(nothingYet).toContain('Reporting stays open')
    expect(nothingYet).toContain('We have received no reports so far.')
    expect(nothingYet).toContain(`/kiosk/e/${event.slug}/report`)
    expect(nothingYet).not.toMatch(/\b0 (incidents|reports)\b/)
    expect(empty.data!.transparencyReportDraft).toMatchObject({
      savedAt: null,
      published: null,
      kind: 'INITIAL',
    })

    await caseWith(server, event.slug)
    await caseWith(server, event.slug)
    const two = (await chair.gql<DraftData>(DRAFT, { e: event.id, k: 'INITIAL' })).data!
      .transparencyReportDraft
    expect(two.markdown).toContain('2 reports received so far')
    expect(two.statistics.reports).toBe(2)
  })

  it('pre-fills the full report: size, process, policy page, one line per case, law enforcement said only', async () => {
    const { event, chair } = await eventWithChair(server, { attendeesInPerson: 420, attendeesOnline: 75 })
    await caseWith(server, event.slug, {
      status: 'closed',
      publicSummary: 'Unwanted messages; the person left the chat.',
    })
    server.clock.advance(60_000)
    await caseWith(server, event.slug, {
      status: 'closed',
      publicSummary: 'A detail that must not be published.',
      lawEnforcementCalled: true,
    })
    server.clock.advance(60_000)
    await caseWith(server, event.slug)
    const draft = (await chair.gql<DraftData>(DRAFT, { e: event.id, k: 'FULL' })).data!
      .transparencyReportDraft
    expect(draft.summaryLines).toEqual([
      'Closed: Unwanted messages; the person left the chat.',
      'Law enforcement was called.',
      'New.',
    ])
    expect(draft.markdown).toContain('- In person: 420 attendees.')
    expect(draft.markdown).toContain('- Online: 75 attendees.')
    expect(draft.markdown).toContain("The event's code of conduct team")
    expect(draft.markdown).toContain(`/kiosk/e/${event.slug}/code-of-conduct`)
    expect(draft.markdown).toContain('- Law enforcement was called.\n')
    expect(draft.markdown).not.toContain('must not be published')
    expect(draft.markdown).not.toMatch(/\d{2}:\d{2}/)
    expect(new Date(draft.dueAt).toISOString()).toBe(
      new Date(`${addDays(event.endsOn, 31)}T00:00:00Z`).toISOString(),
    )
  })

  it('shows the survey of one edition in the next edition’s full report draft', async () => {
    const seriesId = newId()
    await server.db.write(manager =>
      manager.insert(SeriesEntity, {
        id: seriesId,
        name: 'River Conf',
        slug: 'river-conf',
        createdAt: new Date(),
      }),
    )
    const { event: previous, chair: previousChair } = await eventWithChair(server, {
      seriesId,
      name: 'River Conf 2025',
      startsOn: '2025-06-03',
      endsOn: '2025-06-05',
    })
    const { event: next, chair } = await eventWithChair(server, { seriesId, name: 'River Conf 2026' })
    const answers = [
      { question: 'Did you know how to report?', answer: 'Yes', count: 212 },
      { question: 'Did you know how to report?', answer: 'No', count: 31 },
    ]
    const recorded = await previousChair.gql(RECORD_SURVEY, { i: { eventId: previous.id, answers } })
    expect(recorded.errors).toBeUndefined()
    expect(recorded.data).toEqual({ recordTransparencySurvey: answers })

    const draft = (await chair.gql<DraftData>(DRAFT, { e: next.id, k: 'FULL' })).data!.transparencyReportDraft
    expect(draft.markdown).toContain('River Conf 2025')
    expect(draft.markdown).toContain('| Did you know how to report? | Yes | 212 |')
    expect(draft.markdown).toContain('| Did you know how to report? | No | 31 |')
    const own = (await previousChair.gql<DraftData>(DRAFT, { e: previous.id, k: 'FULL' })).data!
    expect(own.transparencyReportDraft.markdown).not.toContain('| Yes | 212 |')
  })

  it('checks every survey row and replaces the answers only when all are right, audited', async () => {
    const { event, chair } = await eventWithChair(server)
    const kept = [{ question: 'Felt safe?', answer: 'Yes', count: 10 }]
    expect(
      (await chair.gql(RECORD_SURVEY, { i: { eventId: event.id, answers: kept } })).errors,
    ).toBeUndefined()
    const row = (question: string, answer: string, count: number) => ({ question, answer, count })
    for (const [answers, reason] of [
      [[row('Felt safe?', 'No', -1)], TransparencyReason.SurveyCountInvalid],
      [[row('  ', 'No', 1)], TransparencyReason.SurveyTextInvalid],
      [[row('Felt safe?', 'x'.repeat(201), 1)], TransparencyReason.SurveyTextInvalid],
      [
        Array.from({ length: SURVEY_ANSWERS_MAX + 1 }, (_, i) => row('Q', `A${i}`, 1)),
        TransparencyReason.SurveyTooManyAnswers,
      ],
    ] as const) {
      const refused = await chair.gql(RECORD_SURVEY, { i: { eventId: event.id, answers } })
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BadUserInput, reason })
    }
    expect((await chair.gql(SURVEY, { e: event.id })).data).toEqual({ transparencySurvey: kept })
    const full = Array.from({ length: SURVEY_ANSWERS_MAX }, (_, i) => row('Q', `A${i}`, i))
    expect(
      (await chair.gql(RECORD_SURVEY, { i: { eventId: event.id, answers: full } })).errors,
    ).toBeUndefined()
    expect(
      (await chair.gql<{ transparencySurvey: unknown[] }>(SURVEY, { e: event.id })).data?.transparencySurvey,
    ).toHaveLength(SURVEY_ANSWERS_MAX)
    expect(
      await server.db.read.countBy(AuditEntryEntity, { action: 'transparency.survey', scopeId: event.id }),
    ).toBe(2)
  })
})
