import { randomInt } from 'node:crypto'
import { addDays, localToInstant, receiptFrom, type CaseAction, type CaseStatus } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import { CaseFileEntity } from '../features/cases/case-file.entity.js'
import { CASE_MESSAGE_BODY, CaseMessageEntity } from '../features/cases/case-message.entity.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from '../features/cases/incident-report.entity.js'
import { sealableReportContent, toReportContent } from '../features/cases/report-content.js'
import type { EventEntity } from '../features/events/event.entity.js'
import type { FieldCipher } from '../platform/crypto/field-cipher.js'
import { hashPassword } from '../platform/security/password-hasher.js'
import { insertDemoDecision } from './demo-case-decisions.js'
import { newId } from '../platform/security/tokens.js'

interface DemoCase {
  readonly codeName: string
  readonly status: CaseStatus
  readonly channel: 'kiosk' | 'in-person' | 'web'
  readonly category: string
  readonly description: string
  readonly dayOffset: number
  readonly teamMessage?: string
  /** The line the transparency report shows for it: closed cases have one. */
  readonly publicSummary?: string
  readonly severity?: 'minor' | 'moderate' | 'serious'
  /** What the team did, for a closed case: counted by the transparency statistics. */
  readonly actions?: readonly CaseAction[]
}

/** Invented incidents in our own words; no real person or event is described. */
const PAST_CASES: readonly DemoCase[] = [
  {
    codeName: 'amber kettle',
    status: 'closed',
    channel: 'in-person',
    category: 'photography-without-consent',
    description:
      'An attendee kept filming people wearing red lanyards during the lightning talks and did not stop when asked.',
    dayOffset: 0,
    teamMessage:
      'Thank you for telling us. We spoke with the person; the recordings were deleted in front of a team member.',
    publicSummary: 'Recording without consent; the recordings were deleted and the person was warned.',
    severity: 'moderate',
    actions: ['TOLD_TO_STOP', 'VERBAL_WARNING'],
  },
  {
    codeName: 'quiet heron',
    status: 'closed',
    channel: 'kiosk',
    category: 'offensive-language-or-imagery',
    description: 'A sponsor booth showed a joke poster that several people found demeaning.',
    dayOffset: 1,
    teamMessage: 'The poster was taken down within the hour, and the sponsor apologised to the team.',
    publicSummary: 'Demeaning imagery at a booth; it was removed and the sponsor was spoken to.',
    severity: 'minor',
    actions: ['TOLD_TO_STOP'],
  },
  {
    codeName: 'steady maple',
    status: 'closed',
    channel: 'web',
    category: 'online-or-chat-conduct',
    description: 'Repeated unwanted private messages in the event chat after a talk.',
    dayOffset: 2,
    publicSummary: 'Unwanted messages in the event chat; the person was removed from the chat.',
    severity: 'moderate',
    actions: ['WRITTEN_WARNING', 'EXCLUDED_FROM_SOCIAL_EVENTS'],
  },
]

/** The live event's one open case, so the inbox is not empty in the demo. */
const LIVE_CASE: DemoCase = {
  codeName: 'sunny lantern',
  status: 'new',
  channel: 'kiosk',
  category: 'harassment-or-intimidation',
  description: 'At the evening social someone stood in my way twice when I tried to leave a conversation.',
  dayOffset: 0,
}

async function insertCase(
  manager: EntityManager,
  cipher: FieldCipher,
  event: EventEntity,
  demo: DemoCase,
  passphraseHash: string,
): Promise<void> {
  const at = localToInstant(addDays(event.startsOn, demo.dayOffset), '15:30', event.timeZone)
  const caseId = newId()
  const reportId = newId()
  await manager.insert(CaseFileEntity, {
    id: caseId,
    eventId: event.id,
    codeName: demo.codeName,
    status: demo.status,
    createdAt: at,
    updatedAt: at,
    firstReadAt: demo.status === 'new' ? null : at,
    publicSummary: demo.publicSummary ?? null,
    severity: demo.severity ?? null,
    lawEnforcementCalled: demo.status === 'closed' ? false : null,
    lastTeamMessageAt: demo.teamMessage === undefined ? null : new Date(at.getTime() + 86_400_000),
  })
  await manager.insert(IncidentReportEntity, {
    id: reportId,
    eventId: event.id,
    caseId,
    reference: receiptFrom(Array.from({ length: 28 }, () => randomInt(32))).reference,
    passphraseHash,
    channel: demo.channel,
    language: 'en',
    sealedContent: cipher.encrypt(
      sealableReportContent(toReportContent({ description: demo.description })),
      INCIDENT_REPORT_CONTENT.at(reportId),
    ),
    category: demo.category,
    isOngoing: false,
    isUrgent: false,
    enteredById: null,
    submittedAt: at,
  })
  if (demo.teamMessage !== undefined) {
    const messageId = newId()
    await manager.insert(CaseMessageEntity, {
      id: messageId,
      caseId,
      reportId,
      authorKind: 'team',
      authorId: null,
      sealedBody: cipher.encrypt(demo.teamMessage, CASE_MESSAGE_BODY.at(messageId)),
      createdAt: new Date(at.getTime() + 86_400_000),
    })
  }
  if (demo.actions !== undefined) {
    const resolution = demo.teamMessage ?? demo.publicSummary ?? 'The team closed the case.'
    await insertDemoDecision(manager, cipher, { caseId, reportedAt: at, resolution }, demo.actions)
  }
}

/**
 * Closed cases in each past edition and one new case in the live one. Their receipts are not
 * printed: nobody holds them, as in a real past edition.
 */
export async function seedDemoCases(
  manager: EntityManager,
  cipher: FieldCipher,
  past: readonly EventEntity[],
  live: EventEntity,
): Promise<void> {
  const passphraseHash = await hashPassword(
    receiptFrom(Array.from({ length: 28 }, () => randomInt(32))).passphrase,
  )
  for (const [index, event] of past.entries()) {
    for (const demo of PAST_CASES.slice(0, 1 + ((index + 1) % PAST_CASES.length))) {
      await insertCase(manager, cipher, event, demo, passphraseHash)
    }
  }
  await insertCase(manager, cipher, live, LIVE_CASE, passphraseHash)
}
