import { KioskDeviceReason } from '@conduct-desk/shared'
import { randomInt } from 'node:crypto'
import { IsNull } from 'typeorm'
import type { Database } from '../../db/database.js'
import { badUserInput, notFound } from '../../platform/errors/domain-error.js'
import type { FailureThrottle } from '../../platform/rate-limit/failure-throttle.js'
import { hashToken, newId, newToken } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import type { RequestingKiosk } from '../../authorization/request-context.js'
import { EventEntity } from '../events/event.entity.js'
import { KioskDeviceEntity } from './kiosk-device.entity.js'

/** Letters and digits nobody confuses on a touch keyboard (no 0/O, 1/I/L). 8 of them ≈ 40 bits. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 8
const ENROLMENT_TTL_MS = 10 * 60_000
/** A kiosk is expected to ask for data every minute; five minutes of silence during the event is worth a look. */
export const KIOSK_SILENT_AFTER_MS = 5 * 60_000
const HEARTBEAT_INTERVAL_MS = 60_000

/** A recognised kiosk: what a request's context carries about the kiosk making it. */
export type KnownKiosk = RequestingKiosk

const normalizeCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '')

/** Enrolling, recognising and revoking the event's kiosks. */
export class KioskDeviceService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly throttle: FailureThrottle<'requester'>,
  ) {}

  list(eventId: string): Promise<KioskDeviceEntity[]> {
    return this.db.read.find(KioskDeviceEntity, { where: { eventId }, order: { createdAt: 'ASC' } })
  }

  /** Starts enrolling a kiosk at `location`; returns the code to type on it. */
  async createEnrolment(
    eventId: string,
    location: string,
  ): Promise<{ code: string; device: KioskDeviceEntity }> {
    const code = Array.from(
      { length: CODE_LENGTH },
      () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
    ).join('')
    const now = this.clock.now()
    const device = Object.assign(new KioskDeviceEntity(), {
      id: newId(),
      eventId,
      location: location.trim(),
      enrolmentCodeHash: hashToken(code),
      enrolmentExpiresAt: new Date(now.getTime() + ENROLMENT_TTL_MS),
      tokenHash: null,
      enrolledAt: null,
      lastSeenAt: null,
      revokedAt: null,
      createdAt: now,
    })
    await this.db.write(async manager => {
      if ((await manager.findOneBy(EventEntity, { id: eventId })) === null) {
        throw notFound('The event')
      }
      await manager.insert(KioskDeviceEntity, device)
    })
    return { code, device }
  }

  /**
   * Turns a typed code into a device token (for the cookie). Codes are single-use and expire.
   * @throws NOT_FOUND for a wrong, used or expired code; RATE_LIMITED while codes are being guessed.
   */
  async enrol(
    code: string,
    requesterKey: string,
  ): Promise<{ token: string; device: KioskDeviceEntity; eventSlug: string }> {
    const normalized = normalizeCode(code)
    if (normalized.length !== CODE_LENGTH) {
      throw badUserInput(
        `The code has ${CODE_LENGTH} letters and digits.`,
        'code',
        KioskDeviceReason.CodeShape,
      )
    }
    const token = newToken()
    const now = this.clock.now()
    // Reserved before the lookup, so parallel guesses cannot all pass (SECURITY R12).
    const result = await this.throttle.attempt(requesterKey, () =>
      this.db.write(async manager => {
        const device = await manager.findOneBy(KioskDeviceEntity, {
          enrolmentCodeHash: hashToken(normalized),
          revokedAt: IsNull(),
        })
        if (device === null || device.enrolmentExpiresAt === null || device.enrolmentExpiresAt <= now) {
          return null
        }
        const fields = {
          enrolmentCodeHash: null,
          enrolmentExpiresAt: null,
          tokenHash: hashToken(token),
          enrolledAt: now,
          lastSeenAt: now,
        }
        await manager.update(KioskDeviceEntity, { id: device.id }, fields)
        const event = await manager.findOneByOrFail(EventEntity, { id: device.eventId })
        return { device: Object.assign(device, fields), eventSlug: event.slug }
      }),
    )
    if (result === null) {
      throw notFound('This code')
    }
    return { token, ...result }
  }

  /** The kiosk behind a device cookie, noting that it is alive; null when unknown or revoked. */
  async identify(token: string): Promise<KnownKiosk | null> {
    const device = await this.db.read.findOneBy(KioskDeviceEntity, { tokenHash: hashToken(token) })
    if (device === null || device.revokedAt !== null) {
      return null
    }
    const now = this.clock.now()
    if (device.lastSeenAt === null || now.getTime() - device.lastSeenAt.getTime() > HEARTBEAT_INTERVAL_MS) {
      await this.db.write(manager =>
        manager.update(KioskDeviceEntity, { id: device.id }, { lastSeenAt: now }),
      )
    }
    return { id: device.id, eventId: device.eventId, location: device.location }
  }

  async revoke(eventId: string, id: string): Promise<void> {
    const result = await this.db.write(manager =>
      manager.update(
        KioskDeviceEntity,
        { id, eventId, revokedAt: IsNull() },
        { revokedAt: this.clock.now(), tokenHash: null, enrolmentCodeHash: null },
      ),
    )
    if (result.affected !== 1) {
      throw notFound('The kiosk')
    }
  }

  isSilent(device: KioskDeviceEntity, eventIsLive: boolean): boolean {
    if (!eventIsLive || device.enrolledAt === null || device.revokedAt !== null) {
      return false
    }
    const lastSeen = device.lastSeenAt?.getTime() ?? 0
    return this.clock.now().getTime() - lastSeen > KIOSK_SILENT_AFTER_MS
  }
}
