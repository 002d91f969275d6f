import { computed, onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { execute, toApiError, type ApiError } from '@/graphql/client'
import {
  TransparencyPrivacyCheckDocument,
  type TransparencyPrivacyCheckQuery,
} from '@/graphql/generated/graphql'
import { useLatestRequest } from '@/graphql/use-latest-request'

export type PrivacyFinding = TransparencyPrivacyCheckQuery['transparencyPrivacyCheck'][number]

/** The findings of one check, with the very text they were found in (their offsets point into it). */
export interface PrivacyCheck {
  readonly text: string
  readonly findings: readonly PrivacyFinding[]
}

/** Quiet time after the last key press before the text is checked. */
export const PRIVACY_CHECK_DEBOUNCE_MS = 700

/**
 * The server's privacy check of a text (recorded names, emails, phones and handles block; counts of
 * 1–2 and exact times warn), asked again as the person types, once they pause. Only the answer for
 * the latest text lands. `checkNow()` checks the current text at once (before publishing) and
 * answers its findings.
 */
export function usePrivacyCheck(eventId: string, text: Readonly<Ref<string>>) {
  const last = shallowRef<PrivacyCheck | null>(null)
  const error = shallowRef<ApiError | null>(null)
  const latest = useLatestRequest()
  let timer: ReturnType<typeof setTimeout> | undefined

  async function checkNow(): Promise<PrivacyCheck | null> {
    clearTimeout(timer)
    const checked = text.value
    let answer: PrivacyCheck | null = null
    await latest.run(
      () => execute(TransparencyPrivacyCheckDocument, { eventId, markdown: checked }),
      data => {
        answer = { text: checked, findings: data.transparencyPrivacyCheck }
        last.value = answer
        error.value = null
      },
      caught => {
        error.value = toApiError(caught)
      },
    )
    return answer
  }

  watch(
    text,
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => void checkNow(), PRIVACY_CHECK_DEBOUNCE_MS)
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    clearTimeout(timer)
    latest.drop()
  })

  /** Whether the check is behind the text (typed since, or not answered yet). */
  const isStale = computed(() => last.value?.text !== text.value)
  const blocking = computed(() => last.value?.findings.filter(finding => finding.blocking).length ?? 0)
  return { last, error, isStale, blocking, checkNow }
}
