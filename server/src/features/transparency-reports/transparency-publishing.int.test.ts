import {
  AuditAction,
  ErrorCode,
  EventStatus,
  PrivacyReason,
  Role,
  TransparencyReason,
} from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createAccount, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import {
  ADDENDUM,
  DRAFT,
  PUBLISH,
  PUBLISHED,
  SAVE,
  caseWith,
  eventWithChair,
  type DraftData,
  type PublishedData,
} from '../../../test/transparency-scenario.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import type { EventEntity } from '../events/event.entity.js'
import { TransparencyAddendumEntity } from './transparency-addendum.entity.js'
import { TransparencyReportEntity } from './transparency-report.entity.js'

const STEP_UP_LAPSED_MS = 6 * 60_000

describe.each(testDialects)('publishing transparency reports, on %s', dialect => {
  let server: TestServer
  let event: EventEntity
  let chair: TestClient

  beforeEach(async () => {
    server = await startTestServer(dialect)
    ;({ event, chair } = await eventWithChair(server))
  })
  afterEach(() => server.stop())

  const published = async () =>
    (await server.client().gql<PublishedData>(PUBLISHED, { s: event.slug })).data?.publishedTransparencyReport
  const publish = (kind: string, markdown: string, client = chair) =>
    client.gql<{ publishTransparencyReport: { kind: string; statistics: { reports: number } } }>(PUBLISH, {
      i: { eventId: event.id, kind, markdown },
    })
  const publishAudits = () =>
    server.db.read.countBy(AuditEntryEntity, { action: AuditAction.TransparencyPublish, scopeId: event.id })

  it('shows the initial report, then the full one, each with the statistics as they stood at publication', async () => {
    await caseWith(server, event.slug, { publicSummary: 'The person was asked to stop.' })
    expect(await published()).toBeNull()

    const initial = await publish('INITIAL', '# So far\n\nOne report so far. Reporting stays open.')
    expect(initial.errors).toBeUndefined()
    expect(initial.data?.publishTransparencyReport).toMatchObject({
      kind: 'INITIAL',
      statistics: { reports: 1 },
    })
    expect(await published()).toMatchObject({
      kind: 'INITIAL',
      markdown: '# So far\n\nOne report so far. Reporting stays open.',
    })

    await caseWith(server, event.slug)
    const full = await publish('FULL', '# Full report\n\nTwo reports.\n\n<script>alert(1)</script>')
    expect(full.errors).toBeUndefined()
    await caseWith(server, event.slug) // after publication: the published numbers do not move

    const report = await published()
    expect(report).toMatchObject({
      eventSlug: event.slug,
      eventName: event.name,
      kind: 'FULL',
      statistics: { reports: 2 },
      addenda: [],
    })
    expect(report?.html).toContain('<h1>Full report</h1>')
    expect(report?.html).not.toContain('<script')
    expect(report?.text).toContain('Full report\n===========')
    const live = await chair.gql<DraftData>(DRAFT, { e: event.id, k: 'FULL' })
    expect(live.data?.transparencyReportDraft.statistics.reports).toBe(3)
    expect(live.data?.transparencyReportDraft.published?.kind).toBe('FULL')
    expect(await publishAudits()).toBe(2)
  })

  it('keeps what was published: the same kind again, or the initial after the full, is refused', async () => {
    expect((await publish('FULL', 'The full report.')).errors).toBeUndefined()
    for (const kind of ['FULL', 'INITIAL']) {
      const again = await publish(kind, 'Something else.')
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: ErrorCode.Conflict,
        reason:
          kind === 'FULL' ? TransparencyReason.AlreadyPublished : TransparencyReason.FullReportPublished,
      })
    }
    expect((await published())?.markdown).toBe('The full report.')
  })

  it('never publishes a draft: saving a text leaves the public page empty', async () => {
    const saved = await chair.gql(SAVE, {
      i: { eventId: event.id, kind: 'FULL', markdown: 'A draft in progress.' },
    })
    expect(saved.errors).toBeUndefined()
    expect(await published()).toBeNull()
    const draft = await chair.gql<DraftData>(DRAFT, { e: event.id, k: 'FULL' })
    expect(draft.data?.transparencyReportDraft).toMatchObject({
      markdown: 'A draft in progress.',
      published: null,
    })
    expect(draft.data?.transparencyReportDraft.savedAt).not.toBeNull()
  })

  it('says nothing about an event that is not public, and refuses to publish for it', async () => {
    const { event: hidden, chair: hiddenChair } = await eventWithChair(server, { status: EventStatus.Draft })
    const refused = await hiddenChair.gql(PUBLISH, {
      i: { eventId: hidden.id, kind: 'INITIAL', markdown: 'So far.' },
    })
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BadUserInput,
      reason: TransparencyReason.EventNotPublished,
    })
    expect(
      (await server.client().gql<PublishedData>(PUBLISHED, { s: hidden.slug })).data
        ?.publishedTransparencyReport,
    ).toBeNull()
    expect(await server.db.read.countBy(TransparencyReportEntity, { eventId: hidden.id })).toBe(0)
  })

  it('adds dated addenda after the full report only, oldest first, audited', async () => {
    const early = await chair.gql(ADDENDUM, { i: { eventId: event.id, markdown: 'Too early.' } })
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.Conflict,
      reason: TransparencyReason.FullReportNotPublished,
    })
    expect(await server.db.read.countBy(TransparencyAddendumEntity, { eventId: event.id })).toBe(0)

    expect((await publish('FULL', 'The full report.')).errors).toBeUndefined()
    await chair.gql(ADDENDUM, { i: { eventId: event.id, markdown: 'First addendum.' } })
    server.clock.advance(60_000)
    const second = await chair.gql<{ addTransparencyAddendum: { addenda: { markdown: string }[] } }>(
      ADDENDUM,
      {
        i: { eventId: event.id, markdown: 'Second addendum.' },
      },
    )
    expect(second.data?.addTransparencyAddendum.addenda.map(addendum => addendum.markdown)).toEqual([
      'First addendum.',
      'Second addendum.',
    ])
    const addenda = (await published())?.addenda ?? []
    expect(addenda.map(addendum => addendum.markdown)).toEqual(['First addendum.', 'Second addendum.'])
    expect(Date.parse(addenda[0]!.publishedAt)).toBeLessThan(Date.parse(addenda[1]!.publishedAt))
    expect(
      await server.db.read.countBy(AuditEntryEntity, {
        action: AuditAction.TransparencyAddendum,
        scopeId: event.id,
      }),
    ).toBe(2)
  })

  it('asks to confirm who you are once the sign-in is old, and publishes nothing meanwhile', async () => {
    server.clock.advance(STEP_UP_LAPSED_MS)
    const refused = await publish('INITIAL', 'So far.')
    expect(refused.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.ReauthRequired)
    expect(refused.data).toBeNull()
    expect(await server.db.read.countBy(TransparencyReportEntity, { eventId: event.id })).toBe(0)
    expect(await publishAudits()).toBe(0)
    expect(await published()).toBeNull()
  })

  it('refuses a chair of another event, and lets the event’s organizer and an admin publish', async () => {
    const { chair: otherChair } = await eventWithChair(server)
    for (const [document, variables] of [
      [DRAFT, { e: event.id, k: 'FULL' }],
      [PUBLISH, { i: { eventId: event.id, kind: 'INITIAL', markdown: 'So far.' } }],
      [SAVE, { i: { eventId: event.id, kind: 'FULL', markdown: 'Mine.' } }],
    ] as const) {
      const refused = await otherChair.gql(document, variables)
      expect(refused.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Forbidden)
    }
    expect(await server.db.read.countBy(TransparencyReportEntity, { eventId: event.id })).toBe(0)
    const organizer = await signedInClient(
      server,
      await createAccount(server.db, [{ role: Role.Organizer, eventId: event.id }]),
    )
    expect((await publish('INITIAL', 'So far.', organizer)).errors).toBeUndefined()
    const admin = await signedInClient(server, await createAccount(server.db, [{ role: Role.Admin }]))
    expect((await publish('FULL', 'All of it.', admin)).errors).toBeUndefined()
  })

  it('publishes the pre-filled reports as they are: one click at the closing ceremony, the full one unedited', async () => {
    await caseWith(server, event.slug)
    const draft = await chair.gql<DraftData>(DRAFT, { e: event.id, k: 'INITIAL' })
    const markdown = draft.data!.transparencyReportDraft.markdown
    const once = await publish('INITIAL', markdown)
    expect(once.errors).toBeUndefined()
    expect(await published()).toMatchObject({ kind: 'INITIAL', markdown })
    const full = (await chair.gql<DraftData>(DRAFT, { e: event.id, k: 'FULL' })).data!.transparencyReportDraft
    expect((await publish('FULL', full.markdown)).errors).toBeUndefined()
  })

  it('refuses a text naming someone recorded on a case, and writes nothing', async () => {
    const caseId = await caseWith(server, event.slug)
    const { client: responder } = await signedInResponder(server, event.id, 'Amara Okafor')
    const added = await responder.gql(
      'mutation($i: AddCasePersonInput!) { addCasePerson(input: $i) { codeName } }',
      { i: { caseId, role: 'REPORTED', name: 'Jürgen Müller' } },
    )
    expect(added.errors).toBeUndefined()
    for (const text of ["Thanks to Müller's quick help.", 'MULLER was warned.', 'Ask @muller.']) {
      const refused = await publish('FULL', `# Full report\n\n${text}`)
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: ErrorCode.BadUserInput,
        reason: PrivacyReason.CheckBlocked,
      })
    }
    expect(await server.db.read.countBy(TransparencyReportEntity, { eventId: event.id })).toBe(0)
    expect(await publishAudits()).toBe(0)
    expect(await published()).toBeNull()

    expect((await publish('FULL', '# Full report\n\nOne report.')).errors).toBeUndefined()
    const addendum = await chair.gql(ADDENDUM, { i: { eventId: event.id, markdown: 'Müller left early.' } })
    expect(addendum.errors?.[0]?.extensions?.['reason']).toBe(PrivacyReason.CheckBlocked)
    expect(await server.db.read.countBy(TransparencyAddendumEntity, { eventId: event.id })).toBe(0)
  })
})
