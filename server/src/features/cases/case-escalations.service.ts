import { CaseStatus, Role } from '@conduct-desk/shared'
import { In } from 'typeorm'
import { holdsRole, type Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { EventEntity } from '../events/event.entity.js'
import { factsOf, readerOf } from './case-facts.js'
import { CaseFileEntity } from './case-file.entity.js'
import { CaseStatusChangeEntity } from './case-status-change.entity.js'
import { canView } from './case.policy.js'
import { IncidentReportEntity } from './incident-report.entity.js'

/** The topic on which escalations to the Working Group come and go, across all events. */
export const CASE_ESCALATIONS_TOPIC = 'CASE_ESCALATIONS'

/** Tells the Working Group's open screens that a case was escalated to them, or handed back. */
export type PublishEscalation = () => void

/** A case escalated to the Working Group, as their list shows it: no content. */
export interface EscalatedCaseRow {
  readonly id: string
  readonly eventId: string
  readonly eventName: string
  readonly codeName: string
  readonly escalatedAt: Date
  readonly isUrgent: boolean
}

/** The Working Group's view of the cases escalated to them during events. */
export class CaseEscalationsService {
  constructor(private readonly db: Database) {}

  /** Every case escalated to the WG now, newest escalation first; never one the reporter kept from the viewer. */
  async list(viewer: Viewer): Promise<EscalatedCaseRow[]> {
    if (!holdsRole(viewer, Role.Wg)) {
      return []
    }
    const read = this.db.read
    const cases = await read.find(CaseFileEntity, { where: { status: CaseStatus.EscalatedToWg } })
    if (cases.length === 0) {
      return []
    }
    const ids = cases.map(row => row.id)
    const eventIds = [...new Set(cases.map(row => row.eventId))]
    const [facts, events, moves, urgent, readers] = await Promise.all([
      factsOf(read, cases),
      read.findBy(EventEntity, { id: In(eventIds) }),
      read.find(CaseStatusChangeEntity, {
        where: { caseId: In(ids), toStatus: CaseStatus.EscalatedToWg },
        order: { createdAt: 'DESC' },
      }),
      read.findBy(IncidentReportEntity, { caseId: In(ids), isUrgent: true }),
      Promise.all(eventIds.map(async eventId => [eventId, await readerOf(read, viewer, eventId)] as const)),
    ])
    const readerOfEvent = new Map(readers)
    return cases
      .filter(row => canView(readerOfEvent.get(row.eventId)!, facts.get(row.id)!))
      .map(row => ({
        id: row.id,
        eventId: row.eventId,
        eventName: events.find(event => event.id === row.eventId)?.name ?? '',
        codeName: row.codeName,
        escalatedAt: moves.find(move => move.caseId === row.id)?.createdAt ?? row.updatedAt,
        isUrgent: urgent.some(report => report.caseId === row.id),
      }))
      .sort((a, b) => b.escalatedAt.getTime() - a.escalatedAt.getTime())
  }
}
