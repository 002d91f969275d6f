import { useI18n } from 'vue-i18n'
import type { CeremonySlide } from './ceremony-slides'

/** The heading of a ceremony slide: the slide shows it, and the counter announces it on each move. */
export function useSlideTitle() {
  const { t } = useI18n()
  return (slide: CeremonySlide, eventName: string): string => {
    switch (slide.kind) {
      case 'chart':
        return t(`transparency.ceremony.charts.${slide.chart}`)
      case 'summaries':
        return t('transparency.ceremony.summaries', { part: slide.part })
      default:
        return t(`transparency.ceremony.slides.${slide.kind}`, { name: eventName })
    }
  }
}
