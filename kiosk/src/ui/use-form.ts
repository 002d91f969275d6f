import { computed, reactive, ref, shallowRef, type Ref } from 'vue'

export interface FormOptions<P extends string> {
  /** The problem in the screen's words (an i18n key per problem). */
  readonly words: (problem: P) => string
  /** The problems that are about what was typed: they mark the fields invalid. All of them by default. */
  readonly fieldProblems?: readonly P[]
}

/** What a send step answers: the problem, or nothing when it went through. */
type Outcome<P> = P | null | undefined | void

/** Reactive (no `.value`, also in templates). */
export interface Form<P extends string> {
  /** A submission is on its way: the submit button is disabled and says so. */
  readonly isBusy: boolean
  /** Why the last submission did not go through, until the next one or an edit. */
  problem: P | null
  /** `problem` in words, or '' (BaseProblem hides itself while empty). */
  readonly problemText: string
  /** The typed values are the problem: `aria-invalid` and the red edge on the fields. */
  readonly isInvalid: boolean
  /**
   * Validates and sends, one at a time (a second tap while one is on its way does nothing).
   * `send` checks what was typed and returns a problem without sending, or sends, lands the
   * answer and returns the problem or nothing.
   */
  submit(send: () => Promise<Outcome<P>> | Outcome<P>): Promise<void>
  /** The visitor changes what they typed: the old problem no longer applies. */
  edit(): void
}

/** A form's submit cycle: the busy flag, validation, the problem shown in words, and which fields it is about. */
export function useForm<P extends string>({ words, fieldProblems }: FormOptions<P>): Form<P> {
  const isBusy = shallowRef(false)
  const problem = ref<P | null>(null) as Ref<P | null>
  const problemText = computed(() => (problem.value === null ? '' : words(problem.value)))
  const isInvalid = computed(
    () => problem.value !== null && (fieldProblems === undefined || fieldProblems.includes(problem.value)),
  )

  async function submit(send: () => Promise<Outcome<P>> | Outcome<P>): Promise<void> {
    if (isBusy.value) {
      return
    }
    isBusy.value = true
    problem.value = null
    try {
      problem.value = (await send()) ?? null
    } finally {
      isBusy.value = false
    }
  }

  return reactive({
    isBusy,
    problem,
    problemText,
    isInvalid,
    submit,
    edit() {
      problem.value = null
    },
  }) as unknown as Form<P> // reactive() unwraps the refs; its type cannot say so for a generic P.
}
