/** Why an event or series could not be created or changed; see `errors/error-reasons.ts`. */
export const EventReason = {
  SlugTaken: 'EVENT_SLUG_TAKEN',
  SeriesSlugTaken: 'SERIES_SLUG_TAKEN',
  ParentUnknown: 'EVENT_PARENT_UNKNOWN',
  TimeZoneUnknown: 'EVENT_TIME_ZONE_UNKNOWN',
  EndsBeforeStart: 'EVENT_ENDS_BEFORE_START',
  PhotoConsentMarkersMissing: 'EVENT_PHOTO_CONSENT_MARKERS_MISSING',
  ClosedCannotPublish: 'EVENT_CLOSED_CANNOT_PUBLISH',
  NotPublishedCannotClose: 'EVENT_NOT_PUBLISHED_CANNOT_CLOSE',
} as const
