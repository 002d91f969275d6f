import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { Clock } from '../../platform/time/clock.js'
import { WORKING_GROUP_CONTACT_ID, WorkingGroupContactEntity } from './working-group-contact.entity.js'
import type { SetWorkingGroupContactInput } from './working-group-contact.inputs.js'
import type { WorkingGroupContact } from './working-group-contact.type.js'

const UNSET: WorkingGroupContact = { email: null, phone: null, note: null, updatedAt: null }
const orNull = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? ''
  return trimmed === '' ? null : trimmed
}

/** The Working Group's contact for responders during events (read by every staff member). */
export class WorkingGroupContactService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<WorkingGroupContact> {
    const row = await this.db.read.findOneBy(WorkingGroupContactEntity, { id: WORKING_GROUP_CONTACT_ID })
    return row === null ? UNSET : toContact(row)
  }

  /** Replaces the contact whole (Working Group or admin); empty parts become unset. */
  async set(viewer: Viewer, input: SetWorkingGroupContactInput): Promise<WorkingGroupContact> {
    const row: WorkingGroupContactEntity = {
      id: WORKING_GROUP_CONTACT_ID,
      email: orNull(input.email),
      phone: orNull(input.phone),
      note: orNull(input.note),
      updatedAt: this.clock.now(),
      updatedById: viewer.accountId,
    }
    await this.db.write(manager => manager.save(WorkingGroupContactEntity, row))
    return toContact(row)
  }
}

function toContact(row: WorkingGroupContactEntity): WorkingGroupContact {
  return { email: row.email, phone: row.phone, note: row.note, updatedAt: row.updatedAt }
}
