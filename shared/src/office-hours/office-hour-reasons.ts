/** Why office hours or a booking were refused; see `errors/error-reasons.ts`. */
export const OfficeHourReason = {
  /** Slots are asked for a range of at most 14 days, ending after it starts. */
  RangeInvalid: 'OFFICE_HOURS_RANGE_INVALID',
  SlotPassed: 'OFFICE_HOURS_SLOT_PASSED',
  /** Someone else booked it, or the team blocked it, meanwhile. */
  SlotTaken: 'OFFICE_HOURS_SLOT_TAKEN',
  BookingCodeShape: 'BOOKING_CODE_SHAPE',
  DayOutsideEvent: 'OFFICE_HOURS_DAY_OUTSIDE_EVENT',
  ContactNotOfEvent: 'OFFICE_HOURS_CONTACT_NOT_OF_EVENT',
  NoSlotFits: 'OFFICE_HOURS_NO_SLOT_FITS',
  PlaceMissing: 'OFFICE_HOURS_PLACE_MISSING',
  WindowHasBookings: 'OFFICE_HOURS_WINDOW_HAS_BOOKINGS',
  SlotBooked: 'OFFICE_HOURS_SLOT_BOOKED',
  /** The contact asked for neither holds the slot nor is on duty when it starts. */
  ContactNotAvailable: 'OFFICE_HOURS_CONTACT_NOT_AVAILABLE',
} as const
