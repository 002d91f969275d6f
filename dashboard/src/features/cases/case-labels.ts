import { CASE_STATUSES, DEFAULT_REPORT_CATEGORIES, REPORT_CHANNELS } from '@conduct-desk/shared'
import { useI18n } from 'vue-i18n'

const has = (list: readonly string[], value: string) => list.includes(value)

/**
 * Words for a case's status, channel and category. Default category keys are translated; an event's
 * own category words are shown as the organizers wrote them.
 */
export function useCaseLabels() {
  const { t } = useI18n()
  return {
    status: (status: string) => (has(CASE_STATUSES, status) ? t(`cases.statuses.${status}`) : status),
    channel: (channel: string) => (has(REPORT_CHANNELS, channel) ? t(`cases.channels.${channel}`) : channel),
    category: (category: string | null) =>
      category === null || category === ''
        ? t('cases.noCategory')
        : has(DEFAULT_REPORT_CATEGORIES, category)
          ? t(`cases.categories.${category}`)
          : category,
  }
}

/** Badge tone per status: new cases stand out, finished ones recede. */
export function statusTone(status: string): 'accent' | 'warning' | 'success' | 'neutral' {
  return status === 'new' ? 'warning' : status === 'closed' || status === 'decided' ? 'success' : 'accent'
}
