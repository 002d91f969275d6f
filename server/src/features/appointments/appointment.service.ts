import { AccountReason, Role, isCaseReadingRole } from '@conduct-desk/shared'
import { In, IsNull, type EntityManager } from 'typeorm'
import { holdsRole, isAdmin, type Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { conflict, forbidden, notFound } from '../../platform/errors/domain-error.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { RoleAssignmentEntity } from '../accounts/role-assignment.entity.js'
import { ContactEntity } from '../contacts/contact.entity.js'

/** One role of a team member, with the record of who appointed and who approved it. */
export interface TeamRole {
  readonly id: string
  readonly role: string
  readonly isPending: boolean
  readonly appointedAt: Date
  readonly appointedByName: string | null
  readonly approvedByName: string | null
  readonly approvedAt: Date | null
  /** Whether the viewer may approve or decline it: pending, and neither theirs nor appointed by them. */
  readonly canDecide: boolean
}

/** A person on an event's team: their roles there, and the contact they are, if any. */
export interface TeamMember {
  readonly accountId: string
  readonly name: string
  readonly email: string
  readonly contactName: string | null
  readonly roles: TeamRole[]
}

/**
 * The event's team and its appointments. Nobody gives themselves, or anyone, access to reports
 * alone: a responder or chair role starts only when a second person approves it, who is neither
 * the person appointed nor the one who appointed them (SECURITY R21). Both are recorded and shown
 * to the event's organizers.
 */
export class AppointmentService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Everyone holding or awaiting a role at the event, by name. */
  async team(viewer: Viewer, eventId: string): Promise<TeamMember[]> {
    const assignments = await this.db.read.find(RoleAssignmentEntity, {
      where: { eventId },
      order: { createdAt: 'ASC' },
    })
    const involved = assignments.flatMap(row => [row.accountId, row.appointedById, row.approvedById])
    const ids = [...new Set(involved.filter((id): id is string => id !== null))]
    const [accounts, contacts] = await Promise.all([
      ids.length === 0 ? [] : this.db.read.findBy(AccountEntity, { id: In(ids) }),
      this.db.read.findBy(ContactEntity, { eventId }),
    ])
    const nameOf = new Map(accounts.map(account => [account.id, account.name]))
    const mayDecide = mayDecideFor(viewer, eventId)
    const members = new Map<string, TeamMember>()
    for (const row of assignments) {
      const account = accounts.find(candidate => candidate.id === row.accountId)
      if (account === undefined) {
        continue
      }
      const member = members.get(account.id) ?? {
        accountId: account.id,
        name: account.name,
        email: account.email,
        contactName: contacts.find(contact => contact.accountId === account.id)?.name ?? null,
        roles: [],
      }
      member.roles.push({
        id: row.id,
        role: row.role,
        isPending: row.approvedAt === null,
        appointedAt: row.createdAt,
        appointedByName: row.appointedById === null ? null : (nameOf.get(row.appointedById) ?? null),
        approvedByName: row.approvedById === null ? null : (nameOf.get(row.approvedById) ?? null),
        approvedAt: row.approvedAt,
        canDecide: mayDecide && row.approvedAt === null && isSecondPerson(viewer, row),
      })
      members.set(account.id, member)
    }
    return [...members.values()].sort((a, b) => a.name.localeCompare(b.name))
  }

  /**
   * Approves a pending appointment: the role counts from the appointee's next request.
   * @throws NOT_FOUND for an unknown appointment of this event; FORBIDDEN when the viewer is the
   * person appointed or appointing, or may not decide for this event; CONFLICT when it is not pending.
   */
  async approve(viewer: Viewer, eventId: string, appointmentId: string): Promise<void> {
    await this.decide(viewer, eventId, appointmentId, async manager => {
      const now = this.clock.now()
      const updated = await manager.update(
        RoleAssignmentEntity,
        { id: appointmentId, approvedAt: IsNull() },
        { approvedAt: now, approvedById: viewer.accountId },
      )
      return updated.affected === 1
    })
  }

  /** Withdraws a pending appointment. Same rules as approving. */
  async decline(viewer: Viewer, eventId: string, appointmentId: string): Promise<void> {
    await this.decide(viewer, eventId, appointmentId, async manager => {
      const removed = await manager.delete(RoleAssignmentEntity, { id: appointmentId, approvedAt: IsNull() })
      return removed.affected === 1
    })
  }

  private async decide(
    viewer: Viewer,
    eventId: string,
    appointmentId: string,
    apply: (manager: EntityManager) => Promise<boolean>,
  ): Promise<void> {
    if (!mayDecideFor(viewer, eventId)) {
      throw forbidden()
    }
    await this.db.write(async manager => {
      const row = await manager.findOneBy(RoleAssignmentEntity, { id: appointmentId, eventId })
      if (row === null || !isCaseReadingRole(row.role)) {
        throw notFound('The appointment')
      }
      if (row.approvedAt !== null) {
        throw conflict('This appointment was already approved.', AccountReason.AppointmentNotPending)
      }
      if (!isSecondPerson(viewer, row)) {
        throw forbidden(
          'A second person approves this: not the person appointed, nor the one who appointed them.',
          AccountReason.ApprovalNeedsAnotherPerson,
        )
      }
      if (!(await apply(manager))) {
        throw conflict('This appointment was decided meanwhile.', AccountReason.AppointmentNotPending)
      }
    })
  }
}

/** Organizers of the event, admins and the Working Group decide on appointments. */
function mayDecideFor(viewer: Viewer, eventId: string): boolean {
  return holdsRole(viewer, Role.Organizer, eventId) || isAdmin(viewer) || holdsRole(viewer, Role.Wg)
}

function isSecondPerson(viewer: Viewer, row: RoleAssignmentEntity): boolean {
  return viewer.accountId !== row.accountId && viewer.accountId !== row.appointedById
}
