// Event days are calendar dates (YYYY-MM-DD in the event's own zone), not instants: format them in
// UTC so no viewer's zone can shift a day.
function calendarDate(isoDate: string): Date {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day))
}

/** "12–14 June 2026" / "12 a 14 de junho de 2026", in the UI language. */
export function formatEventDates(startsOn: string, endsOn: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  if (startsOn === endsOn) {
    return format.format(calendarDate(startsOn))
  }
  return format.formatRange(calendarDate(startsOn), calendarDate(endsOn))
}
