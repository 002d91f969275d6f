import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkPassword,
  type PasswordProblem,
} from '@conduct-desk/shared'
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'

/**
 * Checks a new password while it is typed, with the same rule the server applies (shared
 * `checkPassword`), and says why it is not accepted yet in the page's language.
 * @param context the person's own words (their address' local part) a password must not be made of
 */
export function usePasswordCheck(
  password: MaybeRefOrGetter<string>,
  context: MaybeRefOrGetter<readonly string[]>,
) {
  const { t } = useI18n()

  const problem = computed<PasswordProblem | null>(() => checkPassword(toValue(password), toValue(context)))

  function explain(reason: PasswordProblem): string {
    switch (reason) {
      case 'too-short':
        return t('password.rules.tooShort', {
          count: [...toValue(password)].length,
          min: PASSWORD_MIN_LENGTH,
        })
      case 'too-long':
        return t('password.rules.tooLong', { max: PASSWORD_MAX_LENGTH })
      case 'too-common':
        return t('password.rules.tooCommon')
      case 'contains-context':
        return t('password.rules.containsContext')
    }
  }

  /** Under the field while typing: nothing before the first key, then the reason or a check mark. */
  const status = computed(() => {
    if (toValue(password) === '') {
      return null
    }
    return problem.value === null ? t('password.rules.ok') : explain(problem.value)
  })
  const statusTone = computed(() => (problem.value === null ? 'success' : 'neutral') as 'success' | 'neutral')

  return {
    problem,
    status,
    statusTone,
    hint: computed(() => t('password.rules.hint', { min: PASSWORD_MIN_LENGTH })),
    /** The error to show on submit, or null when the password is accepted. */
    error: () => (problem.value === null ? null : explain(problem.value)),
  }
}
