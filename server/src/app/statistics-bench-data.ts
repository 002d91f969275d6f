import {
  CASE_ACTIONS,
  CaseStatus,
  DEFAULT_REPORT_CATEGORIES,
  EventKind,
  EventStatus,
} from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import type { Database } from '../db/database.js'
import { CaseActionEntity } from '../features/cases/case-action.entity.js'
import { CaseFileEntity } from '../features/cases/case-file.entity.js'
import { CASE_PROPOSAL_RESOLUTION, CaseProposalEntity } from '../features/cases/case-proposal.entity.js'
import { CaseStatusChangeEntity } from '../features/cases/case-status-change.entity.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from '../features/cases/incident-report.entity.js'
import { sealableReportContent, toReportContent } from '../features/cases/report-content.js'
import { EventEntity } from '../features/events/event.entity.js'
import { SeriesEntity } from '../features/events/series.entity.js'
import type { FieldCipher } from '../platform/crypto/field-cipher.js'
import { newId } from '../platform/security/tokens.js'

/** Editions per invented series, one a year: the last one has a history of five editions. */
const EDITIONS_PER_SERIES = 5
const FIRST_YEAR = 2021
/** How the bench's events are told from the demo's. */
const BENCH_VENUE = 'Bench hall (invented)'
const CASES_PER_BATCH = 500
const HOUR = 3_600_000
const CHANNELS = ['web', 'kiosk', 'in-person', 'phone', 'email'] as const
/** A life cycle mix: a tenth new, a fifth in review, half decided or closed. */
const STATUSES = [
  CaseStatus.New,
  CaseStatus.Acknowledged,
  CaseStatus.InReview,
  CaseStatus.InReview,
  CaseStatus.ResolutionProposed,
  CaseStatus.Decided,
  CaseStatus.Decided,
  CaseStatus.Closed,
  CaseStatus.Closed,
  CaseStatus.Closed,
] as const

export interface StatisticsBenchData {
  readonly eventIds: string[]
  /** The last edition of each series: the one with the longest history. */
  readonly latestEditionIds: string[]
}

/**
 * Fills a database with `events` invented events (series of five yearly editions) and
 * `casesPerEvent` cases each, by direct inserts in batches, for `pnpm bench` (T): not through the
 * cases' door, because the statistics read only columns and the door's audit and checks would make
 * seeding 100,000 cases take many minutes. What is sealed is sealed with the deployment's key, so
 * the database stays one the server opens.
 */
export async function seedStatisticsBench(
  db: Database,
  cipher: FieldCipher,
  { events, casesPerEvent }: { events: number; casesPerEvent: number },
): Promise<StatisticsBenchData> {
  const created = new Date()
  const editions: EventEntity[] = []
  const series: SeriesEntity[] = []
  for (let index = 0; index < events; index += 1) {
    const edition = index % EDITIONS_PER_SERIES
    if (edition === 0) {
      const number = series.length + 1
      series.push({
        id: newId(),
        name: `Bench series ${number}`,
        slug: `bench-series-${number}`,
        createdAt: created,
      })
    }
    const year = FIRST_YEAR + edition
    editions.push(
      Object.assign(new EventEntity(), {
        id: newId(),
        seriesId: series.at(-1)!.id,
        parentEventId: null,
        name: `${series.at(-1)!.name} ${year}`,
        slug: `${series.at(-1)!.slug}-${year}`,
        kind: EventKind.Conference,
        status: EventStatus.Closed,
        startsOn: `${year}-06-01`,
        endsOn: `${year}-06-03`,
        timeZone: 'Europe/Lisbon',
        venue: BENCH_VENUE,
        attendeesInPerson: 300 + (index % 7) * 50,
        attendeesOnline: index % 3 === 0 ? 0 : 100,
        publishedAt: created,
        closedAt: created,
        createdAt: created,
      }),
    )
  }
  await db.write(async manager => {
    await manager.insert(SeriesEntity, series)
    for (let start = 0; start < editions.length; start += 100) {
      await manager.insert(EventEntity, editions.slice(start, start + 100))
    }
  })
  let reference = 0
  for (const event of editions) {
    for (let start = 0; start < casesPerEvent; start += CASES_PER_BATCH) {
      const count = Math.min(CASES_PER_BATCH, casesPerEvent - start)
      await db.write(manager => insertCases(manager, cipher, event, start, count, () => (reference += 1)))
    }
  }
  return {
    eventIds: editions.map(event => event.id),
    latestEditionIds: editions
      .filter((_, index) => index % EDITIONS_PER_SERIES === EDITIONS_PER_SERIES - 1)
      .map(event => event.id),
  }
}

async function insertCases(
  manager: EntityManager,
  cipher: FieldCipher,
  event: EventEntity,
  start: number,
  count: number,
  nextReference: () => number,
): Promise<void> {
  const opening = new Date(`${event.startsOn}T08:00:00.000Z`).getTime()
  const cases: CaseFileEntity[] = []
  const reports: IncidentReportEntity[] = []
  const changes: CaseStatusChangeEntity[] = []
  const proposals: CaseProposalEntity[] = []
  const actions: CaseActionEntity[] = []
  for (let index = start; index < start + count; index += 1) {
    const caseId = newId()
    const reportId = newId()
    // Seven in ten during the three days, the rest over the month after.
    const submittedAt = new Date(
      index % 10 < 7 ? opening + (index % 60) * HOUR : opening + (72 + (index % 30) * 24) * HOUR,
    )
    const status = STATUSES[index % STATUSES.length]!
    cases.push({
      id: caseId,
      eventId: event.id,
      codeName: `bench case ${index + 1}`,
      status,
      createdAt: submittedAt,
      updatedAt: submittedAt,
      firstReadAt: null,
      publicSummary: null,
      severity: null,
      assignedToId: null,
      lastTeamMessageAt: null,
      safetyRisk: null,
      ongoingHarassment: null,
      lawEnforcementCalled: index % 50 === 0 ? true : null,
      // One case in a hundred merged into the one before it.
      mergedIntoId: index % 100 === 99 ? cases.at(-1)!.id : null,
      mergedAt: null,
      mergedById: null,
      sealedReview: null,
    })
    reports.push({
      id: reportId,
      eventId: event.id,
      caseId,
      reference: `B-${nextReference().toString(36).toUpperCase().padStart(8, '0')}`,
      passphraseHash: 'bench: nobody holds this receipt',
      channel: CHANNELS[index % CHANNELS.length]!,
      language: 'en',
      sealedContent: cipher.encrypt(
        sealableReportContent(toReportContent({ description: `Invented report ${index + 1}, for a bench.` })),
        INCIDENT_REPORT_CONTENT.at(reportId),
      ),
      category: DEFAULT_REPORT_CATEGORIES[index % DEFAULT_REPORT_CATEGORIES.length]!,
      isOngoing: false,
      isUrgent: false,
      enteredById: null,
      submittedAt,
    })
    if (status === CaseStatus.New) {
      continue
    }
    const answeredAt = new Date(submittedAt.getTime() + (1 + (index % 40)) * HOUR)
    changes.push(change(caseId, CaseStatus.New, CaseStatus.Acknowledged, answeredAt))
    if (status === CaseStatus.Decided || status === CaseStatus.Closed) {
      const proposalId = newId()
      const proposedAt = new Date(answeredAt.getTime() + 24 * HOUR)
      proposals.push({
        id: proposalId,
        caseId,
        sealedResolution: cipher.encrypt('An invented resolution.', CASE_PROPOSAL_RESOLUTION.at(proposalId)),
        proposedById: null,
        createdAt: proposedAt,
        withdrawnAt: null,
        reporterResponse: 'agrees',
        sealedResponseNote: null,
        responseRecordedById: null,
        respondedAt: proposedAt,
      })
      for (const action of new Set([CASE_ACTIONS[index % CASE_ACTIONS.length]!, CASE_ACTIONS[index % 4]!])) {
        actions.push({ proposalId, action, caseId })
      }
      changes.push(
        change(
          caseId,
          CaseStatus.ResolutionProposed,
          CaseStatus.Decided,
          new Date(proposedAt.getTime() + HOUR),
        ),
      )
    }
  }
  // Multi-row inserts, cut so no statement binds more values than SQLite allows.
  for (const [entity, rows] of [
    [CaseFileEntity, cases],
    [IncidentReportEntity, reports],
    [CaseStatusChangeEntity, changes],
    [CaseProposalEntity, proposals],
    [CaseActionEntity, actions],
  ] as const) {
    for (let at = 0; at < rows.length; at += 100) {
      await manager.insert(entity, rows.slice(at, at + 100))
    }
  }
}

function change(
  caseId: string,
  fromStatus: CaseStatus,
  toStatus: CaseStatus,
  at: Date,
): CaseStatusChangeEntity {
  return { id: newId(), caseId, fromStatus, toStatus, actorId: null, createdAt: at }
}

/**
 * The bench's events when a run before left them in this database (seeding takes minutes), else
 * null: the last edition of each series is the one of the fifth year.
 */
export async function seededStatisticsBench(db: Database): Promise<StatisticsBenchData | null> {
  const events = await db.read.find(EventEntity, { where: { venue: BENCH_VENUE }, order: { slug: 'ASC' } })
  if (events.length === 0) {
    return null
  }
  const lastYear = String(FIRST_YEAR + EDITIONS_PER_SERIES - 1)
  return {
    eventIds: events.map(event => event.id),
    latestEditionIds: events.filter(event => event.startsOn.startsWith(lastYear)).map(event => event.id),
  }
}
