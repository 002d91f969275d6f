import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isGroupAddress } from '@conduct-desk/shared'
import { Not } from 'typeorm'
import type { Database } from '../../db/database.js'
import { badUserInput, conflict, notFound } from '../../platform/errors/domain-error.js'
import { processPhoto } from '../../platform/images/process-photo.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { AccountEntity } from '../accounts/account.entity.js'
import type { PublicEventChanged } from '../events/event-setup.service.js'
import { ContactEntity } from './contact.entity.js'
import type { SaveContactInput } from './contact.inputs.js'

/** Organizers keeping the list of CoC contacts: details, on-duty hours, photos. */
export class ContactAdminService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly mediaDir: string,
    private readonly onPublicChange: PublicEventChanged,
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
        throw conflict(`${email} is already the address of ${duplicate.name}. Every contact needs their own.`)
      }
      if (
        input.accountId != null &&
        (await manager.findOneBy(AccountEntity, { id: input.accountId })) === null
      ) {
        throw notFound('The account')
      }
      const fields = {
        eventId: input.eventId,
        accountId: input.accountId ?? null,
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

  async remove(eventId: string, id: string): Promise<void> {
    const contact = await this.db.write(async manager => {
      const found = await manager.findOneBy(ContactEntity, { id, eventId })
      if (found === null) {
        throw notFound('The contact')
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

  private async deletePhotoFile(relative: string | null): Promise<void> {
    if (relative !== null) {
      await rm(path.join(this.mediaDir, relative), { force: true })
    }
  }
}
