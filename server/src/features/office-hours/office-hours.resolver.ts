import { GraphQLDateTime } from 'graphql-scalars'
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Public } from '../../authorization/audience.js'
import { isOnDutyAt, type ContactEntity } from '../contacts/contact.entity.js'
import { contactLoadersOf } from '../contacts/contact.loaders.js'
import type { ContactService } from '../contacts/contact.service.js'
import type { BookingService, HeldBooking } from './booking.service.js'
import type { OfficeHourSlotEntity } from './office-hour-slot.entity.js'
import { BookSlotInput, MoveBookingInput } from './office-hours.inputs.js'
import { Booking, OfficeHourSlot } from './office-hours.type.js'

async function contactsOf(
  ctx: Context,
  contacts: ContactService,
  slots: readonly OfficeHourSlotEntity[],
): Promise<ContactEntity[]> {
  const eventIds = [...new Set(slots.map(slot => slot.eventId))]
  const loaders = contactLoadersOf(ctx, contacts)
  return (await loaders.contactsByEventId.loadMany(eventIds)).flatMap(result =>
    result instanceof Error ? [] : result,
  )
}

/** Slots as the public sees them: free or busy, who holds them, and who is on duty for the others. */
async function toPublicSlots(
  ctx: Context,
  contactService: ContactService,
  rows: { slot: OfficeHourSlotEntity; available: boolean }[],
): Promise<OfficeHourSlot[]> {
  const contacts = await contactsOf(
    ctx,
    contactService,
    rows.map(row => row.slot),
  )
  const toPublic = (contact: ContactEntity) => contactService.toPublic(contact)
  return rows.map(({ slot, available }) => {
    const contact = slot.contactId === null ? undefined : contacts.find(row => row.id === slot.contactId)
    return {
      id: slot.id,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      available,
      contact: contact === undefined ? null : toPublic(contact),
      onDuty:
        slot.contactId === null
          ? contacts
              .filter(row => row.eventId === slot.eventId && isOnDutyAt(row.onDuty, slot.startsAt))
              .map(toPublic)
          : [],
      place: slot.place,
    }
  })
}

/** What the person holding the code sees: the code, the word to say on arrival, when and with whom. */
async function toBooking(ctx: Context, contacts: ContactService, booking: HeldBooking): Promise<Booking> {
  const [slot] = await toPublicSlots(ctx, contacts, [{ slot: booking.slot, available: false }])
  const contact =
    booking.contactId === null
      ? undefined
      : (await contactsOf(ctx, contacts, [booking.slot])).find(row => row.id === booking.contactId)
  return {
    code: booking.code,
    checkInWord: booking.checkInWord,
    slot: slot!,
    contact: contact === undefined ? null : contacts.toPublic(contact),
  }
}

/** The public side of office hours: free/busy slots, booking, cancelling and moving with a code. */
@Resolver()
export class OfficeHoursResolver {
  constructor(
    private readonly services: {
      readonly bookings: BookingService
      readonly contacts: ContactService
    },
  ) {}

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
    return toPublicSlots(
      ctx,
      this.services.contacts,
      await this.services.bookings.listSlots(eventSlug, from, to),
    )
  }

  @Public()
  @Mutation(() => Booking, { description: 'Books a slot; CONFLICT when it is taken. No name is asked.' })
  async bookSlot(
    @Arg('input', () => BookSlotInput) input: BookSlotInput,
    @Ctx() ctx: Context,
  ): Promise<Booking> {
    return toBooking(
      ctx,
      this.services.contacts,
      await this.services.bookings.book(
        input.slotId,
        input.contactMethod ?? null,
        ctx.requesterKey,
        input.contactId ?? null,
      ),
    )
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Cancels the booking of this code; NOT_FOUND for an unknown code.',
  })
  async cancelBooking(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<boolean> {
    await this.services.bookings.cancel(code, ctx.requesterKey)
    return true
  }

  @Public()
  @Mutation(() => Booking, { description: 'Moves the booking of this code to another free slot.' })
  async moveBooking(
    @Arg('input', () => MoveBookingInput) input: MoveBookingInput,
    @Ctx() ctx: Context,
  ): Promise<Booking> {
    return toBooking(
      ctx,
      this.services.contacts,
      await this.services.bookings.move(input.code, input.slotId, ctx.requesterKey, input.contactId ?? null),
    )
  }

  @Public()
  @Query(() => Booking, { description: 'The booking of a code, to see when and where it is.' })
  async bookingByCode(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Booking> {
    return toBooking(
      ctx,
      this.services.contacts,
      await this.services.bookings.findByCode(code, ctx.requesterKey),
    )
  }
}
