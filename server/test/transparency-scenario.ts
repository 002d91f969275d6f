import { Role } from '@conduct-desk/shared'
import type { EventEntity } from '../src/features/events/event.entity.js'
import { CaseFileEntity } from '../src/features/cases/case-file.entity.js'
import { reportedCase } from './case-scenario.js'
import { createAccount, createEvent, signedInClient } from './factories.js'
import type { TestClient, TestServer } from './test-server.js'

export const DRAFT = `query($e: ID!, $k: TransparencyReportKind!) {
  transparencyReportDraft(eventId: $e, kind: $k) {
    eventId kind markdown savedAt dueAt summaryLines statistics { reports }
    published { kind markdown }
  }
}`
export const SAVE = `mutation($i: SaveTransparencyDraftInput!) {
  saveTransparencyDraft(input: $i) { markdown savedAt }
}`
export const PUBLISH = `mutation($i: PublishTransparencyReportInput!) {
  publishTransparencyReport(input: $i) { kind markdown publishedAt statistics { reports } }
}`
export const ADDENDUM = `mutation($i: AddTransparencyAddendumInput!) {
  addTransparencyAddendum(input: $i) { kind addenda { publishedAt markdown } }
}`
export const PUBLISHED = `query($s: String!) {
  publishedTransparencyReport(eventSlug: $s) {
    eventSlug eventName kind publishedAt markdown html text
    statistics { reports reportsDuringEvent history { eventName reports } }
    addenda { publishedAt markdown }
  }
}`
export const SURVEY = 'query($e: ID!) { transparencySurvey(eventId: $e) { question answer count } }'
export const RECORD_SURVEY = `mutation($i: RecordTransparencySurveyInput!) {
  recordTransparencySurvey(input: $i) { question answer count }
}`

export interface DraftData {
  transparencyReportDraft: {
    eventId: string
    kind: string
    markdown: string
    savedAt: string | null
    dueAt: string
    summaryLines: string[]
    statistics: { reports: number }
    published: { kind: string; markdown: string } | null
  }
}

export interface PublishedData {
  publishedTransparencyReport: {
    eventSlug: string
    eventName: string
    kind: string
    publishedAt: string
    markdown: string
    html: string
    text: string
    statistics: {
      reports: number
      reportsDuringEvent: number
      history: { eventName: string; reports: number }[]
    }
    addenda: { publishedAt: string; markdown: string }[]
  } | null
}

/** A published event and its chair, signed in (recently: step-up passes until the clock moves on). */
export async function eventWithChair(
  server: TestServer,
  overrides: Partial<EventEntity> = {},
): Promise<{ event: EventEntity; chair: TestClient }> {
  const event = await createEvent(server.db, overrides)
  // Not the factories' "Test Person": a chair's name is recorded, and "Test" would block "Test Conference".
  const account = await createAccount(server.db, [{ role: Role.Chair, eventId: event.id }], {
    name: 'Ilse Brandt',
  })
  return { event, chair: await signedInClient(server, account) }
}

/** A case reported through the kiosk's door, then given what the team would record on it. */
export async function caseWith(
  server: TestServer,
  eventSlug: string,
  record: Partial<Pick<CaseFileEntity, 'status' | 'publicSummary' | 'lawEnforcementCalled'>> = {},
): Promise<string> {
  const { caseId } = await reportedCase(server, eventSlug, {
    description: 'Something happened at the social.',
  })
  if (Object.keys(record).length > 0) {
    await server.db.write(manager => manager.update(CaseFileEntity, { id: caseId }, record))
  }
  return caseId
}
