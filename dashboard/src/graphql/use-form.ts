import { ErrorCode } from '@conduct-desk/shared'
import { getCurrentInstance, nextTick, reactive, ref, toRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { failureText } from '@/i18n/failure-text'
import type { StatusMessage } from '@/ui/BaseStatusMessage.vue'
import { isApiError } from './client'
import { useMutation, type MutationSteps } from './use-mutation'

export type FieldErrors<F extends string> = Partial<Record<F, string>>

export interface FormOptions<F extends string> {
  /** The fields in page order: the first one with a problem is the first to fix. */
  fields: readonly F[]
  /** The browser's own checks: a problem per field (none when all is well). */
  validate?: () => FieldErrors<F>
  /**
   * Our words for the fields the server blames (BAD_USER_INPUT with `field`), by the server's field
   * name; a blamed field without words gets `failureText`.
   */
  serverFields?: () => Partial<Record<string, string>>
  /** A long form: "Check the fields" above it (`formError`) when one is marked. */
  hasSummary?: boolean
  /**
   * A failure the page does not explain stands above the form (`formError`) instead of in the
   * `message` under it; by default, where there is a summary.
   */
  isFailureAbove?: boolean
  /** Share the message box with the page's other actions. */
  message?: Ref<StatusMessage | null>
}

export interface Form<F extends string> {
  errors: FieldErrors<F>
  /** The text of the summary alert above the form (`hasSummary`). */
  formError: string | null
  /** True when `formError` is the "check the fields" summary (the focus move is announced with it). */
  isSummary: boolean
  readonly isBusy: boolean
  message: StatusMessage | null
  /** Marks the fields (replacing the old marks) and focuses the first. @returns whether none is marked */
  showErrors(next: FieldErrors<F>): boolean
  /**
   * Validates, then runs `action` as `useMutation` does; a refusal that blames one of `fields` is
   * shown on that field.
   * @returns whether the action ran and worked
   */
  submit<T>(action: () => Promise<T>, steps?: MutationSteps<T>): Promise<boolean>
}

/** After the next render, focuses the first control marked invalid inside `within`. */
export async function focusFirstInvalid(within: ParentNode | null | undefined = document): Promise<void> {
  await nextTick()
  within?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
}

/**
 * The steps every form of the dashboard repeats: validate, mark the fields and focus the first to
 * fix, submit once, and show the server's refusal on the field it blamed, in the page's language.
 */
export function useForm<F extends string>(options: FormOptions<F>): Form<F> {
  const { t } = useI18n()
  const mutation = useMutation({ message: options.message })
  const errors = ref<FieldErrors<F>>({}) as Ref<FieldErrors<F>>
  const formError = ref<string | null>(null)
  const isSummary = ref(false)
  // The first field to fix is looked for in the component that holds the form.
  const component = getCurrentInstance()?.proxy

  function showErrors(next: FieldErrors<F>): boolean {
    errors.value = next
    const first = options.fields.find(field => next[field] !== undefined)
    if (first === undefined) {
      return true
    }
    if (options.hasSummary === true) {
      formError.value = t('forms.checkFields')
      isSummary.value = true
    }
    // Fields are in `fields` order on the page: the first marked one is the first to fix.
    const root = component?.$el as Node | null | undefined
    void focusFirstInvalid(root instanceof Element ? root : root?.parentElement)
    return false
  }

  function blamed(error: unknown): F | undefined {
    const field = isApiError(error, ErrorCode.BadUserInput) ? error.field : undefined
    return options.fields.find(known => known === field)
  }

  async function submit<T>(action: () => Promise<T>, steps: MutationSteps<T> = {}): Promise<boolean> {
    if (mutation.isBusy) {
      return false
    }
    formError.value = null
    isSummary.value = false
    mutation.message = null
    if (!showErrors(options.validate?.() ?? {})) {
      return false
    }
    return mutation.run(action, {
      ...steps,
      failed: async error => {
        const own = await steps.failed?.(error)
        const field = blamed(error)
        if (own !== undefined) {
          return own
        } else if (field !== undefined) {
          showErrors({ [field]: options.serverFields?.()[field] ?? failureText(error, t) } as FieldErrors<F>)
          return null
        } else if (options.isFailureAbove ?? options.hasSummary === true) {
          formError.value = failureText(error, t)
          return null
        }
        return undefined
      },
    })
  }

  return reactive({
    errors,
    formError,
    isSummary,
    isBusy: toRef(mutation, 'isBusy'),
    message: toRef(mutation, 'message'),
    showErrors,
    submit,
  }) as Form<F>
}
