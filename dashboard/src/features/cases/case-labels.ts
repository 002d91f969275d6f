import {
  CaseStatus,
  DEFAULT_REPORT_CATEGORIES,
  REPORT_CHANNELS,
  caseStatusFromName,
} from '@conduct-desk/shared'
import { useI18n } from 'vue-i18n'

const has = (list: readonly string[], value: string) => list.includes(value)

/**
 * Words for a case's status, channel and category. Default category keys are translated; an event's
 * own category words are shown as the organizers wrote them.
 */
export function useCaseLabels() {
  const { t } = useI18n()
  return {
    /** `status` is the API's enum name (`IN_REVIEW`). */
    status: (name: string) => {
      const status = caseStatusFromName(name)
      return status === null ? name : t(`cases.statuses.${status}`)
    },
    channel: (channel: string) => (has(REPORT_CHANNELS, channel) ? t(`cases.channels.${channel}`) : channel),
    category: (category: string | null) =>
      category === null || category === ''
        ? t('cases.noCategory')
        : has(DEFAULT_REPORT_CATEGORIES, category)
          ? t(`cases.categories.${category}`)
          : category,
  }
}

/** Badge tone per status (the API's enum name): new cases stand out, finished ones recede. */
export function statusTone(name: string): 'accent' | 'warning' | 'success' | 'neutral' {
  const status = caseStatusFromName(name)
  return status === CaseStatus.New
    ? 'warning'
    : status === CaseStatus.Closed || status === CaseStatus.Decided
      ? 'success'
      : 'accent'
}
