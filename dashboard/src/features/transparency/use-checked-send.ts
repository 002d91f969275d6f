import { PrivacyReason } from '@conduct-desk/shared'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { isApiError } from '@/graphql/client'
import type { Outcome } from '@/graphql/use-mutation'
import type { PrivacyCheck } from './use-privacy-check'

/** A text field that can run the privacy check on its text at once (TransparencyMarkdownField). */
interface CheckedField {
  checkNow(): Promise<PrivacyCheck | null>
  /** Blocking findings of the last check. */
  readonly blocking: number
}

class BlockedByCheck extends Error {}

/**
 * Publishing a text (the report, an addendum) after a fresh privacy check: what the chair typed
 * since the last check is checked first, and a blocking finding stops it here with words that
 * point at the findings. The server checks again and may still refuse (PRIVACY_CHECK_BLOCKED):
 * then the findings are asked for again, so the marks show what it found.
 */
export function useCheckedSend(field: () => CheckedField | null) {
  const { t } = useI18n()
  return {
    /** Publishing waits while the last check found something that blocks it. */
    isBlocked: computed(() => (field()?.blocking ?? 0) > 0),
    async send<T>(request: () => Promise<T>): Promise<T> {
      const checked = await field()?.checkNow()
      if (checked?.findings.some(finding => finding.blocking) === true) {
        throw new BlockedByCheck()
      }
      return request()
    },
    failed(error: unknown): Outcome | undefined {
      if (error instanceof BlockedByCheck) {
        return t('transparency.privacy.publishBlocked')
      }
      if (isApiError(error) && error.reason === PrivacyReason.CheckBlocked) {
        void field()?.checkNow()
      }
      return undefined
    },
  }
}
