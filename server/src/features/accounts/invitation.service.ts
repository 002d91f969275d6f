import {
  AccountReason,
  INVITATION_TTL_HOURS,
  Role,
  checkPassword,
  isCaseReadingRole,
  isEventRole,
  isRole,
} from '@conduct-desk/shared'
import { IsNull, type EntityManager } from 'typeorm'
import { holdsRole, isAdmin, type Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { badUserInput, forbidden, notFound, unauthenticated } from '../../platform/errors/domain-error.js'
import { hashPassword } from '../../platform/security/password-hasher.js'
import { hashToken, newId, newToken } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import { EventEntity } from '../events/event.entity.js'
import { AccountEntity } from './account.entity.js'
import { InvitationEntity } from './invitation.entity.js'
import { RoleAssignmentEntity } from './role-assignment.entity.js'
import { normalizeEmail } from './sign-in.service.js'

export interface IssuedInvitation {
  /** The link to hand over; the token rides in the fragment so it never reaches a server log. */
  readonly url: string
  readonly expiresAt: Date
}

export interface InvitationPreview {
  readonly email: string
  readonly role: Role
  readonly eventName: string | null
  readonly expiresAt: Date
  readonly hasAccount: boolean
  /** The first-start setup link: the person accepting it gives their own email. */
  readonly isSetup: boolean
  /** A case-reading role: it starts once a second person approves the appointment. */
  readonly needsApproval: boolean
}

export interface RedeemInput {
  readonly token: string
  /** For a new account only; an existing account accepts by being signed in. */
  readonly name: string
  /** For a new account only: its password. Never checked against an existing account. */
  readonly password: string
  /** Only for the first-start setup link, which is bound to no one's address. */
  readonly email?: string | null
}

/** The placeholder address of the first-start setup link; whoever accepts it gives their own. */
export const SETUP_EMAIL = 'setup@conduct-desk.invalid'

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const PASSWORD_MESSAGES = {
  'too-short': 'Choose a password of at least 15 characters; a few words in a row work well.',
  'too-long': 'Choose a password of at most 256 characters.',
  'too-common': 'This password is too easy to guess; choose a few words of your own.',
  'contains-context': 'This password is made of words about this event; choose words of your own.',
} as const

/** Invitation links: the only way an account comes to exist or gains a role (SECURITY R16). */
export class InvitationService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly dashboardUrl: string,
  ) {}

  /**
   * Issues a link giving `email` one role. Admins may give any role; organizers may give event roles
   * for their own events.
   * @throws FORBIDDEN when the inviter may not give this role; BAD_USER_INPUT for a role/event mismatch.
   */
  async invite(
    inviter: Viewer,
    input: { email: string; role: string; eventId?: string | null },
  ): Promise<IssuedInvitation> {
    const eventId = input.eventId ?? null
    if (!isRole(input.role)) {
      throw badUserInput(`Unknown role "${input.role}".`, 'role')
    }
    if (isEventRole(input.role) !== (eventId !== null)) {
      throw badUserInput('Event roles need an event; Working Group and admin roles need none.', 'eventId')
    }
    const mayInvite = isAdmin(inviter) || (eventId !== null && holdsRole(inviter, Role.Organizer, eventId))
    if (!mayInvite) {
      throw forbidden()
    }
    if (eventId !== null && (await this.db.read.findOneBy(EventEntity, { id: eventId })) === null) {
      throw notFound('The event')
    }
    return this.issue({ email: input.email, role: input.role, eventId, invitedById: inviter.accountId })
  }

  /** Creates the invitation row; also used for the first admin's setup link, which nobody sends. */
  async issue(input: {
    email: string
    role: Role
    eventId: string | null
    invitedById: string | null
    /** The CoC contact that accepting links to the account. */
    contactId?: string | null
  }): Promise<IssuedInvitation> {
    const token = newToken()
    const now = this.clock.now()
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_HOURS * 3_600_000)
    await this.db.write(manager =>
      manager.insert(InvitationEntity, {
        id: newId(),
        tokenHash: hashToken(token),
        email: normalizeEmail(input.email),
        role: input.role,
        eventId: input.eventId,
        invitedById: input.invitedById,
        contactId: input.contactId ?? null,
        expiresAt,
        redeemedAt: null,
        createdAt: now,
      }),
    )
    return { url: `${this.dashboardUrl}/invitation#${token}`, expiresAt }
  }

  /** What an invitation offers, for the page that redeems it. Unknown, used and expired look alike. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.findUsable(this.db.read, token)
    const event =
      invitation.eventId === null
        ? null
        : await this.db.read.findOneBy(EventEntity, { id: invitation.eventId })
    const account = await this.db.read.findOneBy(AccountEntity, { email: invitation.email })
    const isSetup = invitation.email === SETUP_EMAIL
    return {
      email: isSetup ? '' : invitation.email,
      role: invitation.role as Role,
      eventName: event?.name ?? null,
      expiresAt: invitation.expiresAt,
      hasAccount: account !== null,
      isSetup,
      needsApproval: isCaseReadingRole(invitation.role),
    }
  }

  /**
   * Accepts an invitation: creates the account, or, when the address already has one, gives the role
   * to that account, which must be the one signed in: no password is ever checked here, so
   * accepting cannot become a way to guess one (SECURITY R53). One transaction gives the role, links
   * the invitation's contact and uses the link up. A case-reading role waits for a second person's
   * approval (R21).
   * @param viewer who is signed in, if anyone.
   * @returns the account's id, to start a session for.
   * @throws NOT_FOUND for an unusable link; UNAUTHENTICATED (sign in to accept) or FORBIDDEN (another
   * account is signed in) when the address has an account; BAD_USER_INPUT for a new account's details.
   */
  async redeem(input: RedeemInput, viewer: Viewer | null): Promise<string> {
    const pending = await this.findUsable(this.db.read, input.token)
    const email = pending.email === SETUP_EMAIL ? normalizeEmail(input.email ?? '') : pending.email
    if (!EMAIL_SHAPE.test(email)) {
      throw badUserInput('Enter the email address you will sign in with.', 'email')
    }
    const existing = await this.db.read.findOneBy(AccountEntity, { email })
    if (existing !== null) {
      assertSignedInAs(existing, viewer)
    }
    // Hashing a new password is slow: done before the write, so it never holds the write queue.
    const newAccount = existing === null ? await this.newAccount(email, input) : null
    return this.db.write(async manager => {
      const invitation = await this.findUsable(manager, input.token)
      const now = this.clock.now()
      let accountId = existing?.id
      if (newAccount !== null) {
        if ((await manager.findOneBy(AccountEntity, { email })) !== null) {
          // Created by a parallel acceptance since the check above: sign in and accept again.
          throw unauthenticated(`Sign in as ${email} to accept.`, AccountReason.SignInToAccept)
        }
        await manager.insert(AccountEntity, newAccount)
        accountId = newAccount.id
      }
      const used = await manager.update(
        InvitationEntity,
        { id: invitation.id, redeemedAt: IsNull() },
        { redeemedAt: now },
      )
      if (used.affected !== 1 || accountId === undefined) {
        throw notFound('This invitation')
      }
      await this.giveRole(manager, accountId, invitation)
      await linkContact(manager, accountId, invitation)
      return accountId
    })
  }

  private async giveRole(manager: EntityManager, accountId: string, invitation: InvitationEntity) {
    const already = await manager.findOneBy(RoleAssignmentEntity, {
      accountId,
      role: invitation.role,
      eventId: invitation.eventId === null ? IsNull() : invitation.eventId,
    })
    if (already !== null) {
      return
    }
    const now = this.clock.now()
    await manager.insert(RoleAssignmentEntity, {
      id: newId(),
      accountId,
      role: invitation.role,
      eventId: invitation.eventId,
      createdAt: now,
      appointedById: invitation.invitedById,
      approvedById: null,
      approvedAt: isCaseReadingRole(invitation.role) ? null : now,
    })
  }

  private async newAccount(email: string, input: RedeemInput): Promise<AccountEntity> {
    const name = input.name.trim()
    if (name.length === 0) {
      throw badUserInput('Enter your name as your team knows you.', 'name')
    }
    const problem = checkPassword(input.password, [email.split('@')[0] ?? ''])
    if (problem !== null) {
      throw badUserInput(PASSWORD_MESSAGES[problem], 'password')
    }
    return Object.assign(new AccountEntity(), {
      id: newId(),
      email,
      name,
      passwordHash: await hashPassword(input.password),
      createdAt: this.clock.now(),
      disabledAt: null,
    })
  }

  private async findUsable(manager: EntityManager, token: string): Promise<InvitationEntity> {
    const invitation = await manager.findOneBy(InvitationEntity, { tokenHash: hashToken(token) })
    if (invitation === null || invitation.redeemedAt !== null || invitation.expiresAt <= this.clock.now()) {
      throw notFound('This invitation')
    }
    return invitation
  }
}

/** An invitation for an address that has an account is accepted by that account, signed in. */
function assertSignedInAs(account: AccountEntity, viewer: Viewer | null): void {
  if (viewer === null) {
    throw unauthenticated(`Sign in as ${account.email} to accept.`, AccountReason.SignInToAccept)
  }
  if (viewer.accountId !== account.id) {
    throw forbidden(
      `This invitation is for ${account.email}; sign in as that account to accept it.`,
      AccountReason.InvitationForAnotherAccount,
    )
  }
}

/**
 * Links the invitation's contact to the account that accepted it, if the contact is still unlinked
 * and the account is not already another contact of the event; otherwise the organizers link it.
 */
async function linkContact(manager: EntityManager, accountId: string, invitation: InvitationEntity) {
  if (invitation.contactId === null || invitation.eventId === null) {
    return
  }
  const taken = await manager.findOneBy(ContactEntity, { eventId: invitation.eventId, accountId })
  if (taken === null) {
    await manager.update(
      ContactEntity,
      { id: invitation.contactId, eventId: invitation.eventId, accountId: IsNull() },
      { accountId },
    )
  }
}
