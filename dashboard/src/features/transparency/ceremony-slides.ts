import type { TransparencyChartsFieldsFragment } from '@/graphql/generated/graphql'

/** The aggregates a chart slide shows; `history` is reports per edition of the series. */
export type ChartKey = 'byCategory' | 'byAction' | 'byChannel' | 'byStatus' | 'history'

export type CeremonySlide =
  | { readonly kind: 'opening' }
  | { readonly kind: 'noReports' }
  | { readonly kind: 'numbers' }
  | { readonly kind: 'chart'; readonly chart: ChartKey; readonly bars: readonly Bar[] }
  | { readonly kind: 'summaries'; readonly lines: readonly string[]; readonly part: number }
  | { readonly kind: 'publish' }

export interface Bar {
  /** A key to word (category, action, channel, status) or, for history, the edition's name. */
  readonly key: string
  readonly count: number
}

/** Summary lines per slide: read from the back of a hall, a handful at a time. */
const LINES_PER_SLIDE = 5
const CHARTS = ['byCategory', 'byAction', 'byChannel', 'byStatus'] as const

/**
 * The closing ceremony's slides, from the initial report's aggregates and published summary lines
 * only. It always opens and closes on "reporting stays open"; with no reports yet, one slide says
 * none so far and how to report — never a bare "0 incidents", which would discourage the first
 * report (DESIGN §2). Charts without a count are left out; history shows once there is an
 * earlier edition to stand beside.
 */
export function ceremonySlides(
  statistics: TransparencyChartsFieldsFragment,
  summaryLines: readonly string[],
): CeremonySlide[] {
  const slides: CeremonySlide[] = [{ kind: 'opening' }]
  if (statistics.reports === 0) {
    slides.push({ kind: 'noReports' })
  } else {
    slides.push({ kind: 'numbers' })
    for (const chart of CHARTS) {
      const bars = statistics[chart].filter(bar => bar.count > 0)
      if (bars.length > 0) {
        slides.push({ kind: 'chart', chart, bars })
      }
    }
    for (let from = 0; from < summaryLines.length; from += LINES_PER_SLIDE) {
      const lines = summaryLines.slice(from, from + LINES_PER_SLIDE)
      slides.push({ kind: 'summaries', lines, part: from / LINES_PER_SLIDE + 1 })
    }
  }
  if (statistics.history.length > 1) {
    const bars = statistics.history.map(edition => ({ key: edition.eventName, count: edition.reports }))
    slides.push({ kind: 'chart', chart: 'history', bars })
  }
  slides.push({ kind: 'publish' })
  return slides
}
