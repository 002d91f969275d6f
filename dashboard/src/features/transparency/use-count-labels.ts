import { useI18n } from 'vue-i18n'
import { useCaseLabels } from '@/features/cases/case-labels'
import type { ChartKey } from './ceremony-slides'

/**
 * Words for the keys of the aggregates: categories, channels and statuses as the case pages word
 * them, actions from `cases.actions`, and editions by their own names. An unknown key (an event's
 * own category) is shown as written.
 */
export function useCountLabels() {
  const { t, te } = useI18n()
  const cases = useCaseLabels()
  const action = (key: string) => (te(`cases.actions.${key}`) ? t(`cases.actions.${key}`) : key)
  const byChart: Record<ChartKey, (key: string) => string> = {
    byCategory: cases.category,
    byAction: action,
    byChannel: cases.channel,
    byStatus: cases.status,
    history: key => key,
  }
  return (chart: ChartKey, key: string) => byChart[chart](key)
}
