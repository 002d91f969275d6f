/**
 * Addresses on the kiosk app, which the server serves under /kiosk/ on the same origin: where
 * attendees report (the event's home there) and the public transparency report page.
 */
export const eventKioskUrl = (slug: string): string =>
  new URL(`/kiosk/e/${encodeURIComponent(slug)}`, window.location.href).href

export const publicReportUrl = (slug: string): string =>
  new URL(`/kiosk/e/${encodeURIComponent(slug)}/transparency`, window.location.href).href
