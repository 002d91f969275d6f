/** Every IANA zone this browser knows, for the picker; empty where Intl cannot list them. */
export function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return []
  }
}

/** Whether Intl accepts the zone; the server checks again with its own list. */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.trim() === '') {
    return false
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The organizer's own zone is the likeliest default for a new event. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
