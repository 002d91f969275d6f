import type { TransparencyPublishedReportQuery } from '@/graphql/generated/graphql'

export type PublishedTransparencyReport = NonNullable<
  TransparencyPublishedReportQuery['publishedTransparencyReport']
>
export type TransparencyStatistics = PublishedTransparencyReport['statistics']
export type TransparencyEdition = TransparencyStatistics['history'][number]
export type TransparencyReportKind = PublishedTransparencyReport['kind']

/** The breakdowns of the statistics, in the order the page and the downloads show them. */
export const COUNT_GROUPS = ['byCategory', 'byAction', 'byChannel', 'byStatus'] as const
export type CountGroup = (typeof COUNT_GROUPS)[number]

/**
 * A publication day, never a time of day (SECURITY R41: time is coarse in anything public). Read in
 * UTC, so every reader, and every download, names the same day whatever their own zone.
 */
export function formatPublishedOn(publishedAt: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(publishedAt))
}

/** The day as `<time datetime>` wants it: YYYY-MM-DD (UTC, as above). */
export function publishedDay(publishedAt: string): string {
  return new Date(publishedAt).toISOString().slice(0, 10)
}

/**
 * A key the API counts by (a status `in-review`, an action `TOLD_TO_STOP`, a channel, or an event's
 * own category words) as the i18n key the kiosk words it under: lower case, dashes for underscores.
 */
export function countKeyId(key: string): string {
  return key.trim().toLowerCase().replace(/_/g, '-')
}

/** File names from the event and the kind: `riverside-pycon-2025-transparency-report-full.md`. */
export function reportFileName(
  report: Pick<PublishedTransparencyReport, 'eventSlug' | 'kind'>,
  extension: string,
) {
  return `${report.eventSlug}-transparency-report-${report.kind.toLowerCase()}.${extension}`
}

/**
 * The report's own headings one level down (h1 → h2 … h5 → h6), so they sit under the page's h1 and
 * a page never has two. Safe on the server's rendering only: raw HTML is disabled there, so every
 * `<hN` is a tag Markdown made (text is escaped, `<` in it is `&lt;`).
 */
export function demoteHeadings(html: string): string {
  return html.replace(
    /<(\/?)h([1-6])\b/g,
    (_tag, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 1, 6)}`,
  )
}
