import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ContactReason, Role, isGroupAddress } from '@conduct-desk/shared'
import { Not, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import { badUserInput, conflict, notFound } from '../../platform/errors/domain-error.js'
import { processPhoto } from '../../platform/images/process-photo.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import type { InvitationService, IssuedInvitation } from '../accounts/invitation.service.js'
import { RoleAssignmentEntity } from '../accounts/role-assignment.entity.js'
import { CaseAccessEntity } from '../cases/case-access.entity.js'
import type { PublicEventChanged } from '../events/event-setup.service.js'
import { ContactEntity } from './contact.entity.js'
import type { SaveContactInput } from './contact.inputs.js'

/** Whose account a contact is cannot change once a report names the contact (SECURITY R52). */
const linkLocked = () =>
  conflict(
    'Reports name this contact, to involve them or to keep them out, so whose account it is cannot change.',
    ContactReason.LinkLockedByReports,
  )

/**
 * Organizers keeping the list of CoC contacts: details, on-duty hours, photos, and the account each
 * contact works cases with, so that a reporter who keeps a contact out keeps that person out.
 */
export class ContactAdminService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly mediaDir: string,
    private readonly onPublicChange: PublicEventChanged,
    private readonly invitations: InvitationService,
  ) {}

  listForEvent(eventId: string): Promise<ContactEntity[]> {
    return this.db.read.find(ContactEntity, { where: { eventId }, order: { sortOrder: 'ASC', name: 'ASC' } })
  }

  /**
   * Adds or updates a contact.
   * @throws BAD_USER_INPUT for a group address or bad duty hours; CONFLICT when the address is another
   * contact's; NOT_FOUND for an unknown contact or account.
   */
  async save(input: SaveContactInput): Promise<ContactEntity> {
    const email = input.email.trim().toLowerCase()
    if (isGroupAddress(email)) {
      throw badUserInput(
        `${email} looks like a shared mailbox. Each contact needs their own address, so people can choose whom to write to.`,
        'email',
        ContactReason.GroupAddress,
      )
    }
    for (const period of input.onDuty) {
      if (period.endsAt <= period.startsAt) {
        throw badUserInput('Each on-duty period must end after it starts.', 'onDuty')
      }
    }
    const saved = await this.db.write(async manager => {
      const existing =
        input.id == null
          ? null
          : await manager.findOneBy(ContactEntity, { id: input.id, eventId: input.eventId })
      if (input.id != null && existing === null) {
        throw notFound('The contact')
      }
      const id = existing?.id ?? newId()
      const duplicate = await manager.findOneBy(ContactEntity, { eventId: input.eventId, email, id: Not(id) })
      if (duplicate !== null) {
        throw conflict(
          `${email} is already the address of ${duplicate.name}. Every contact needs their own.`,
          ContactReason.EmailTaken,
        )
      }
      const accountId = input.accountId ?? null
      if (accountId !== (existing?.accountId ?? null)) {
        await this.assertLinkable(manager, input.eventId, id, existing?.accountId ?? null, accountId)
      }
      const fields = {
        eventId: input.eventId,
        accountId,
        name: input.name.trim(),
        pronouns: input.pronouns?.trim() || null,
        languages: [...new Set(input.languages.map(tag => tag.trim()))],
        role: input.role,
        isIndependent: input.isIndependent,
        email,
        identifier: input.identifier.trim(),
        onDuty: input.onDuty.map(period => ({
          startsAt: period.startsAt.toISOString(),
          endsAt: period.endsAt.toISOString(),
        })),
        briefedOn: input.briefedOn ?? null,
        sortOrder:
          input.sortOrder ??
          existing?.sortOrder ??
          (await manager.countBy(ContactEntity, { eventId: input.eventId })),
      }
      if (existing === null) {
        const created = { id, photoPath: null, createdAt: this.clock.now(), ...fields }
        await manager.insert(ContactEntity, created)
        return Object.assign(new ContactEntity(), created)
      }
      await manager.update(ContactEntity, { id }, fields)
      return Object.assign(existing, fields)
    })
    this.onPublicChange(input.eventId)
    return saved
  }

  /**
   * Removes a contact from the list.
   * @throws NOT_FOUND; CONFLICT while reports name the contact (removing it would lift the wish).
   */
  async remove(eventId: string, id: string): Promise<void> {
    const contact = await this.db.write(async manager => {
      const found = await manager.findOneBy(ContactEntity, { id, eventId })
      if (found === null) {
        throw notFound('The contact')
      }
      if ((await manager.countBy(CaseAccessEntity, { contactId: id })) > 0) {
        throw linkLocked()
      }
      await manager.delete(ContactEntity, { id })
      return found
    })
    await this.deletePhotoFile(contact.photoPath)
    this.onPublicChange(eventId)
  }

  /**
   * Stores a new photo for a contact, re-encoded without metadata, under a random name.
   * @throws BAD_USER_INPUT when the upload is not a usable picture; NOT_FOUND.
   */
  async setPhoto(eventId: string, id: string, upload: Buffer): Promise<ContactEntity> {
    const image = await processPhoto(upload)
    const relative = `contacts/${newId()}.jpg`
    await mkdir(path.join(this.mediaDir, 'contacts'), { recursive: true })
    await writeFile(path.join(this.mediaDir, relative), image, { mode: 0o644 })
    let previous: string | null = null
    try {
      const contact = await this.db.write(async manager => {
        const found = await manager.findOneBy(ContactEntity, { id, eventId })
        if (found === null) {
          throw notFound('The contact')
        }
        previous = found.photoPath
        await manager.update(ContactEntity, { id }, { photoPath: relative })
        return Object.assign(found, { photoPath: relative })
      })
      await this.deletePhotoFile(previous)
      this.onPublicChange(eventId)
      return contact
    } catch (error) {
      await this.deletePhotoFile(relative)
      throw error
    }
  }

  /**
   * Issues the invitation that links an unlinked contact to the account of whoever accepts it, as a
   * responder of the event, pending a second person's approval like every responder appointment.
   * @throws NOT_FOUND; CONFLICT when the contact already has an account.
   */
  async invite(viewer: Viewer, eventId: string, contactId: string): Promise<IssuedInvitation> {
    const contact = await this.db.read.findOneBy(ContactEntity, { id: contactId, eventId })
    if (contact === null) {
      throw notFound('The contact')
    }
    if (contact.accountId !== null) {
      throw conflict(`${contact.name} already works cases with an account.`, ContactReason.AlreadyLinked)
    }
    return this.invitations.issue({
      email: contact.email,
      role: Role.Responder,
      eventId,
      invitedById: viewer.accountId,
      contactId,
    })
  }

  /**
   * A contact's account may change only to someone on the event's team who is not another of its
   * contacts, and never once a report names the contact.
   */
  private async assertLinkable(
    manager: EntityManager,
    eventId: string,
    contactId: string,
    from: string | null,
    to: string | null,
  ): Promise<void> {
    if (from !== null && (await manager.countBy(CaseAccessEntity, { contactId })) > 0) {
      throw linkLocked()
    }
    if (to === null) {
      return
    }
    if ((await manager.countBy(RoleAssignmentEntity, { accountId: to, eventId })) === 0) {
      throw badUserInput(
        'Choose someone on the event’s team, or invite the contact.',
        'accountId',
        ContactReason.AccountNotOnTeam,
      )
    }
    const other = await manager.findOneBy(ContactEntity, { eventId, accountId: to, id: Not(contactId) })
    if (other !== null) {
      throw conflict(
        `That account is already the contact ${other.name}.`,
        ContactReason.AccountIsAnotherContact,
      )
    }
  }

  private async deletePhotoFile(relative: string | null): Promise<void> {
    if (relative !== null) {
      await rm(path.join(this.mediaDir, relative), { force: true })
    }
  }
}
