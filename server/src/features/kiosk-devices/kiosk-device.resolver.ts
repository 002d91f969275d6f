import { Role } from '@conduct-desk/shared'
import { Length } from 'class-validator'
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../app/context.js'
import { Allow, Public } from '../../authorization/audience.js'
import type { KioskDeviceEntity } from './kiosk-device.entity.js'
import { KioskDevice, KioskEnrolment, ThisKiosk } from './kiosk-device.type.js'

@InputType()
export class CreateKioskEnrolmentInput {
  @Field(() => ID)
  eventId: string

  @Field(() => String, { description: 'Where the kiosk stands, e.g. "Registration desk, ground floor".' })
  @Length(2, 120)
  location: string
}

async function project(ctx: Context, devices: KioskDeviceEntity[], eventId: string): Promise<KioskDevice[]> {
  const live = ctx.services.events.isLive(await ctx.services.eventSetup.findById(eventId))
  return devices.map(device => ({
    id: device.id,
    location: device.location,
    enrolledAt: device.enrolledAt,
    enrolmentExpiresAt: device.enrolmentExpiresAt,
    lastSeenAt: device.lastSeenAt,
    revokedAt: device.revokedAt,
    isSilent: ctx.services.kiosks.isSilent(device, live),
  }))
}

@Resolver()
export class KioskDeviceResolver {
  @Allow(Role.Admin, Role.Organizer)
  @Query(() => [KioskDevice], { description: 'The event’s kiosks, with when each was last seen.' })
  async kioskDevices(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context): Promise<KioskDevice[]> {
    return project(ctx, await ctx.services.kiosks.list(eventId), eventId)
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => KioskEnrolment, { description: 'A code to type on the new kiosk within 10 minutes.' })
  async createKioskEnrolment(
    @Arg('input', () => CreateKioskEnrolmentInput) input: CreateKioskEnrolmentInput,
    @Ctx() ctx: Context,
  ): Promise<KioskEnrolment> {
    const { code, device } = await ctx.services.kiosks.createEnrolment(input.eventId, input.location)
    const [projected] = await project(ctx, [device], input.eventId)
    return { code, expiresAt: device.enrolmentExpiresAt ?? new Date(), device: projected! }
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => Boolean, { description: 'The kiosk stops being recognised at its next request.' })
  async revokeKiosk(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('kioskId', () => ID) kioskId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.kiosks.revoke(eventId, kioskId)
    return true
  }

  @Public()
  @Mutation(() => ThisKiosk, { description: 'Typed on the kiosk: turns the code into a device cookie.' })
  async enrolKiosk(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<ThisKiosk> {
    const { token, device, eventSlug } = await ctx.services.kiosks.enrol(code, ctx.requesterKey)
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
    const event = await ctx.services.eventSetup.findById(ctx.kiosk.eventId)
    return { eventSlug: event.slug, location: ctx.kiosk.location }
  }
}
