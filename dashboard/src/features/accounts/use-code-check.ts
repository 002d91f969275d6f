import { ErrorCode } from '@conduct-desk/shared'
import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { isApiError } from '@/graphql/client'
import { useForm } from '@/graphql/use-form'
import { useFields } from '@/ui/use-fields'

export interface CodeCheckOptions {
  /** The i18n group of the code field's label (`code`) and hint (`codeHint`). */
  texts: string
  /** Whether the refusal means the sign-in (or enrolment) is over and the page must start again. */
  isEnded: (error: unknown) => boolean
  onEnded: () => void
  /** The words for a code the server did not accept. */
  notAccepted: () => string
  /** After a refused code is wiped, e.g. to put the keyboard back in the field. */
  afterWipe?: () => void
}

/**
 * One authenticator (or recovery) code checked by the server, as sign-in and authenticator set-up
 * both ask for it: required, wiped after a refusal so the next code starts clean, "not accepted"
 * on the field, and the wait said above the form when the server throttles.
 */
export function useCodeCheck(options: CodeCheckOptions) {
  const { t } = useI18n()
  const code = ref('')
  const bind = useFields(reactive({ code }), options.texts, () => form.errors)
  const form = useForm({
    fields: ['code'],
    validate: () => ({ code: code.value.trim() === '' ? t('forms.required') : undefined }),
    isFailureAbove: true,
  })
  /** The code field's binding (value, label, hint, error), for `v-bind`. */
  const codeField = computed(() => bind('code'))

  function check<T>(action: (code: string) => Promise<T>, done?: (data: T) => void): void {
    void form.submit(() => action(code.value), {
      done,
      failed: error => {
        if (options.isEnded(error)) {
          options.onEnded()
          return null
        }
        code.value = ''
        options.afterWipe?.()
        if (isApiError(error, ErrorCode.BadUserInput)) {
          form.showErrors({ code: options.notAccepted() })
          return null
        }
        if (isApiError(error, ErrorCode.RateLimited)) {
          form.formError = t('accounts.secondFactor.rateLimited', error.retryAfterSeconds ?? 60)
          return null
        }
        return undefined
      },
    })
  }

  return { code, form, check, codeField }
}
