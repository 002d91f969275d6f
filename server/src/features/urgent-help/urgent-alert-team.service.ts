import { Role } from '@conduct-desk/shared'
import { In, IsNull, MoreThan } from 'typeorm'
import { holdsRole, type Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { notFound } from '../../platform/errors/domain-error.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { CaseFileEntity } from '../cases/case-file.entity.js'
import type { CaseInboxService } from '../cases/case-inbox.service.js'
import { KioskDeviceEntity } from '../kiosk-devices/kiosk-device.entity.js'
import { isShownTo, keptOutOf, readerOf } from './urgent-alert-audience.js'
import { statusOf, type PublishAlertChange } from './urgent-alert-change.js'
import { UrgentAlertEntity } from './urgent-alert.entity.js'
import type { UrgentAlert } from './urgent-help.type.js'

/** How long a settled alert (someone on it, or cancelled) stays on the team's list, so all see who took it. */
export const SETTLED_SHOWN_MS = 15 * 60_000

/**
 * Urgent alerts from the team's side: the event's alerts each viewer may see, and "I'm on it".
 * An alert is hidden from anyone the person kept out; its case link is shown only to a viewer who
 * may open the case.
 */
export class UrgentAlertTeamService {
  constructor(
    private readonly deps: {
      readonly db: Database
      readonly clock: Clock
      readonly cases: CaseInboxService
      readonly publish: PublishAlertChange
    },
  ) {}

  /** Open alerts, then those settled in the last 15 minutes, oldest first, that the viewer may see. */
  async alertsFor(viewer: Viewer, eventId: string): Promise<UrgentAlert[]> {
    const since = new Date(this.deps.clock.now().getTime() - SETTLED_SHOWN_MS)
    const rows = await this.deps.db.read.find(UrgentAlertEntity, {
      where: [
        { eventId, acknowledgedAt: IsNull(), cancelledAt: IsNull() },
        { eventId, acknowledgedAt: MoreThan(since) },
        { eventId, cancelledAt: MoreThan(since) },
      ],
      order: { createdAt: 'ASC' },
    })
    return this.project(viewer, await this.shown(viewer, eventId, rows))
  }

  /** Whether the viewer may see the alert: for live updates, which must not even say that it changed. */
  async isVisible(viewer: Viewer, alertId: string): Promise<boolean> {
    const row = await this.deps.db.read.findOneBy(UrgentAlertEntity, { id: alertId })
    return row !== null && (await this.shown(viewer, row.eventId, [row])).length === 1
  }

  /**
   * "I'm on it": the first to tap takes the alert, and everyone's list shows who. A settled alert
   * is answered as it is. @throws NOT_FOUND when it does not exist or is hidden from the viewer.
   */
  async acknowledge(viewer: Viewer, eventId: string, alertId: string): Promise<UrgentAlert> {
    const found = await this.deps.db.read.findOneBy(UrgentAlertEntity, { id: alertId, eventId })
    if (found === null || (await this.shown(viewer, eventId, [found])).length === 0) {
      throw notFound('The alert')
    }
    const now = this.deps.clock.now()
    const row = await this.deps.db.write(async manager => {
      const current = await manager.findOneByOrFail(UrgentAlertEntity, { id: alertId })
      if (current.acknowledgedAt !== null || current.cancelledAt !== null) {
        return current
      }
      await manager.update(
        UrgentAlertEntity,
        { id: alertId },
        { acknowledgedAt: now, acknowledgedById: viewer.accountId },
      )
      return { ...current, acknowledgedAt: now, acknowledgedById: viewer.accountId }
    })
    this.deps.publish({ eventId, alertId })
    const [projected] = await this.project(viewer, [row])
    return projected!
  }

  private async shown(
    viewer: Viewer,
    eventId: string,
    rows: UrgentAlertEntity[],
  ): Promise<UrgentAlertEntity[]> {
    if (rows.length === 0) {
      return []
    }
    const [keptOut, reader] = await Promise.all([
      keptOutOf(this.deps.db.read, rows),
      readerOf(this.deps.db.read, viewer.accountId, eventId),
    ])
    return rows.filter(row => isShownTo(reader, keptOut.get(row.id) ?? []))
  }

  private async project(viewer: Viewer, rows: UrgentAlertEntity[]): Promise<UrgentAlert[]> {
    const read = this.deps.db.read
    const ids = (pick: (row: UrgentAlertEntity) => string | null) => [
      ...new Set(rows.flatMap(row => pick(row) ?? [])),
    ]
    const kioskIds = ids(row => row.kioskDeviceId)
    const accountIds = ids(row => row.acknowledgedById)
    // The case link only for a viewer who may open the case (a responder it is not hidden from).
    const openable = await Promise.all(
      ids(row => row.caseId).map(async caseId =>
        holdsRole(viewer, Role.Responder, rows[0]?.eventId) &&
        (await this.deps.cases.isVisible(viewer, caseId))
          ? [caseId]
          : [],
      ),
    )
    const caseIds = openable.flat()
    const [kiosks, accounts, cases] = await Promise.all([
      kioskIds.length === 0 ? [] : read.findBy(KioskDeviceEntity, { id: In(kioskIds) }),
      accountIds.length === 0 ? [] : read.findBy(AccountEntity, { id: In(accountIds) }),
      caseIds.length === 0 ? [] : read.findBy(CaseFileEntity, { id: In(caseIds) }),
    ])
    return rows.map(row => {
      const caseFile = cases.find(found => found.id === row.caseId)
      return {
        id: row.id,
        eventId: row.eventId,
        status: statusOf(row),
        place: row.place,
        kioskLocation: kiosks.find(kiosk => kiosk.id === row.kioskDeviceId)?.location ?? null,
        createdAt: row.createdAt,
        acknowledgedAt: row.acknowledgedAt,
        acknowledgedByName: accounts.find(account => account.id === row.acknowledgedById)?.name ?? null,
        cancelledAt: row.cancelledAt,
        caseId: caseFile?.id ?? null,
        caseCodeName: caseFile?.codeName ?? null,
      }
    })
  }
}
