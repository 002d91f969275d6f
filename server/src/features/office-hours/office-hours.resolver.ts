import { formatBookingCode, normalizeBookingCode } from '@conduct-desk/shared'
import { GraphQLDateTime } from 'graphql-scalars'
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../app/context.js'
import { Public } from '../../authorization/audience.js'
import type { OfficeHourSlotEntity } from './office-hour-slot.entity.js'
import { BookSlotInput, MoveBookingInput } from './office-hours.inputs.js'
import { Booking, OfficeHourSlot } from './office-hours.type.js'

async function toPublicSlots(
  ctx: Context,
  rows: { slot: OfficeHourSlotEntity; available: boolean }[],
): Promise<OfficeHourSlot[]> {
  const eventIds = [...new Set(rows.map(row => row.slot.eventId))]
  const contacts = (await ctx.loaders.contactsByEventId.loadMany(eventIds)).flatMap(result =>
    result instanceof Error ? [] : result,
  )
  return rows.map(({ slot, available }) => {
    const contact = slot.contactId === null ? undefined : contacts.find(row => row.id === slot.contactId)
    return {
      id: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      available,
      contact: contact === undefined ? null : ctx.services.contacts.toPublic(contact),
      place: slot.place,
    }
  })
}

/** The public side of office hours: free/busy slots, booking, cancelling and moving with a code. */
@Resolver()
export class OfficeHoursResolver {
  @Public()
  @Query(() => [OfficeHourSlot], {
    description: 'Future slots of a published event between two instants (at most 14 days apart).',
  })
  async officeHourSlots(
    @Arg('eventSlug', () => String) eventSlug: string,
    @Arg('from', () => GraphQLDateTime) from: Date,
    @Arg('to', () => GraphQLDateTime) to: Date,
    @Ctx() ctx: Context,
  ): Promise<OfficeHourSlot[]> {
    return toPublicSlots(ctx, await ctx.services.bookings.listSlots(eventSlug, from, to))
  }

  @Public()
  @Mutation(() => Booking, { description: 'Books a slot; CONFLICT when it is taken. No name is asked.' })
  async bookSlot(
    @Arg('input', () => BookSlotInput) input: BookSlotInput,
    @Ctx() ctx: Context,
  ): Promise<Booking> {
    const { code, slot } = await ctx.services.bookings.book(
      input.slotId,
      input.contactMethod ?? null,
      ctx.requesterKey,
    )
    const [projected] = await toPublicSlots(ctx, [{ slot, available: false }])
    return { code, slot: projected! }
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Cancels the booking of this code; NOT_FOUND for an unknown code.',
  })
  async cancelBooking(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.bookings.cancel(code, ctx.requesterKey)
    return true
  }

  @Public()
  @Mutation(() => Booking, { description: 'Moves the booking of this code to another free slot.' })
  async moveBooking(
    @Arg('input', () => MoveBookingInput) input: MoveBookingInput,
    @Ctx() ctx: Context,
  ): Promise<Booking> {
    const { code, slot } = await ctx.services.bookings.move(input.code, input.slotId, ctx.requesterKey)
    const [projected] = await toPublicSlots(ctx, [{ slot, available: false }])
    return { code, slot: projected! }
  }

  @Public()
  @Query(() => Booking, { description: 'The booking of a code, to see when and where it is.' })
  async bookingByCode(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Booking> {
    const slot = await ctx.services.bookings.findByCode(code, ctx.requesterKey)
    const [projected] = await toPublicSlots(ctx, [{ slot, available: false }])
    return { code: formatBookingCode(normalizeBookingCode(code) ?? ''), slot: projected! }
  }
}
