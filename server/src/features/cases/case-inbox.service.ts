import { Role } from '@conduct-desk/shared'
import { In } from 'typeorm'
import { holdsRole, type Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { notFound } from '../../platform/errors/domain-error.js'
import { factsOf, readerOf } from './case-facts.js'
import { CaseFileEntity } from './case-file.entity.js'
import { canView, isRequestedFrom } from './case.policy.js'
import type { CaseSummary } from './case.type.js'
import { IncidentReportEntity } from './incident-report.entity.js'

/** The topic on which an event's inbox changes; each subscriber re-reads what they may see. */
export const caseInboxTopic = (eventId: string) => `CASE_INBOX:${eventId}`

/** What a change to a case publishes: which case, so a subscriber it is hidden from hears nothing. */
export interface CaseChange {
  readonly caseId: string
}

/** Tells the event's open inboxes that a case arrived or changed. */
export type PublishCaseChange = (eventId: string, caseId: string) => void

/** Responders reading the event's cases: never one a reporter kept from them or they stand aside from. */
export class CaseInboxService {
  constructor(private readonly db: Database) {}

  /** The event's cases the viewer may see, newest activity first. */
  async list(viewer: Viewer, eventId: string): Promise<CaseSummary[]> {
    if (!holdsRole(viewer, Role.Responder, eventId)) {
      return []
    }
    const cases = await this.db.read.find(CaseFileEntity, {
      where: { eventId },
      order: { updatedAt: 'DESC' },
    })
    return this.summaries(viewer, eventId, cases)
  }

  /** Whether the viewer may see the case: for live updates, which must not even say that it changed. */
  async isVisible(viewer: Viewer, caseId: string): Promise<boolean> {
    try {
      await this.visibleCase(viewer, caseId)
      return true
    } catch {
      return false
    }
  }

  /** The case, if the viewer may see it. @throws NOT_FOUND otherwise, exactly as for a case that does not exist. */
  async visibleCase(viewer: Viewer, caseId: string): Promise<CaseFileEntity> {
    const caseFile = await this.db.read.findOneBy(CaseFileEntity, { id: caseId })
    if (caseFile === null) {
      throw notFound('The case')
    }
    const facts = (await factsOf(this.db.read, [caseFile])).get(caseId)!
    if (!canView(await readerOf(this.db.read, viewer, caseFile.eventId), facts)) {
      throw notFound('The case')
    }
    return caseFile
  }

  /** Inbox rows for cases of one event, without those hidden from the viewer. */
  async summaries(viewer: Viewer, eventId: string, cases: CaseFileEntity[]): Promise<CaseSummary[]> {
    if (cases.length === 0) {
      return []
    }
    const ids = cases.map(row => row.id)
    const [facts, reports, reader] = await Promise.all([
      factsOf(this.db.read, cases),
      this.db.read.find(IncidentReportEntity, { where: { caseId: In(ids) }, order: { submittedAt: 'ASC' } }),
      readerOf(this.db.read, viewer, eventId),
    ])
    return cases
      .filter(row => canView(reader, facts.get(row.id)!))
      .map(row => {
        const first = reports.find(report => report.caseId === row.id)
        return {
          id: row.id,
          codeName: row.codeName,
          status: row.status,
          createdAt: row.createdAt,
          updatedAt: row.updatedAt,
          channel: first?.channel ?? 'kiosk',
          category: first?.category ?? null,
          isUrgent: reports.some(report => report.caseId === row.id && report.isUrgent),
          isOngoing: reports.some(report => report.caseId === row.id && report.isOngoing),
          isRequestedFromViewer: isRequestedFrom(reader, facts.get(row.id)!),
        }
      })
  }
}
