import { Role } from '@conduct-desk/shared'
import { Length } from 'class-validator'
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow, Public } from '../../authorization/audience.js'
import type { EventSetupService } from '../events/event-setup.service.js'
import type { EventService } from '../events/event.service.js'
import type { KioskDeviceEntity } from './kiosk-device.entity.js'
import type { KioskDeviceService } from './kiosk-device.service.js'
import { KioskDevice, KioskEnrolment, ThisKiosk } from './kiosk-device.type.js'

@InputType()
export class CreateKioskEnrolmentInput {
  @Field(() => ID)
  eventId: string

  @Field(() => String, { description: 'Where the kiosk stands, e.g. "Registration desk, ground floor".' })
  @Length(2, 120)
  location: string
}

async function project(
  services: KioskServices,
  devices: KioskDeviceEntity[],
  eventId: string,
): Promise<KioskDevice[]> {
  const live = services.events.isLive(await services.eventSetup.findById(eventId))
  return devices.map(device => ({
    id: device.id,
    location: device.location,
    enrolledAt: device.enrolledAt,
    enrolmentExpiresAt: device.enrolmentExpiresAt,
    lastSeenAt: device.lastSeenAt,
    revokedAt: device.revokedAt,
    isSilent: services.kiosks.isSilent(device, live),
  }))
}

interface KioskServices {
  readonly events: EventService
  readonly eventSetup: EventSetupService
  readonly kiosks: KioskDeviceService
}

@Resolver()
export class KioskDeviceResolver {
  constructor(private readonly services: KioskServices) {}

  @Allow(Role.Admin, Role.Organizer)
  @Query(() => [KioskDevice], { description: 'The event’s kiosks, with when each was last seen.' })
  async kioskDevices(@Arg('eventId', () => ID) eventId: string): Promise<KioskDevice[]> {
    return project(this.services, await this.services.kiosks.list(eventId), eventId)
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => KioskEnrolment, { description: 'A code to type on the new kiosk within 10 minutes.' })
  async createKioskEnrolment(
    @Arg('input', () => CreateKioskEnrolmentInput) input: CreateKioskEnrolmentInput,
  ): Promise<KioskEnrolment> {
    const { code, device } = await this.services.kiosks.createEnrolment(input.eventId, input.location)
    const [projected] = await project(this.services, [device], input.eventId)
    return { code, expiresAt: device.enrolmentExpiresAt ?? new Date(), device: projected! }
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Boolean, { description: 'The kiosk stops being recognised at its next request.' })
  async revokeKiosk(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('kioskId', () => ID) kioskId: string,
  ): Promise<boolean> {
    await this.services.kiosks.revoke(eventId, kioskId)
    return true
  }

  @Public()
  @Mutation(() => ThisKiosk, { description: 'Typed on the kiosk: turns the code into a device cookie.' })
  async enrolKiosk(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<ThisKiosk> {
    const { token, device, eventSlug } = await this.services.kiosks.enrol(code, ctx.requesterKey)
    ctx.cookies.setKiosk(token)
    return { eventSlug, location: device.location }
  }

  @Public()
  @Query(() => ThisKiosk, {
    nullable: true,
    description: 'The enrolled kiosk this browser is; null on phones.',
  })
  async thisKiosk(@Ctx() ctx: Context): Promise<ThisKiosk | null> {
    if (ctx.kiosk === null) {
      return null
    }
    const event = await this.services.eventSetup.findById(ctx.kiosk.eventId)
    return { eventSlug: event.slug, location: ctx.kiosk.location }
  }
}
