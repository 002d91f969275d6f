import { reactive, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { failureText } from '@/i18n/failure-text'
import type { StatusMessage } from '@/ui/BaseStatusMessage.vue'

/** What an action says when it settles: words (a success, or a failure), a whole message, or nothing. */
export type Outcome = string | StatusMessage | null

export interface MutationSteps<T> {
  /** The row or item the action is about, so a list can mark only that one busy (`busyItem`). */
  item?: string
  /** After it worked (refetch here, it stays busy meanwhile): the words of success; nothing by default. */
  done?: (result: T) => Outcome | void | Promise<Outcome | void>
  /**
   * After it failed: the words for the refusals this page explains itself; `undefined` leaves it to
   * `failureText` (reason, else code), `null` says nothing (the page showed it elsewhere).
   */
  failed?: (error: unknown) => Outcome | undefined | Promise<Outcome | undefined>
}

/** One kind of action of a page (save, delete, mark…): its busy state and the message it left. */
export interface Mutation {
  readonly isBusy: boolean
  /** The `item` of the action under way, if it named one. */
  readonly busyItem: string | null
  /** Bind it to `<BaseStatusMessage :message>`, which takes focus when it appears. */
  message: StatusMessage | null
  /**
   * Runs `action` unless one is already under way (a double click sends once): clears the last
   * message, then says how it went, as a status (success) or an alert (failure).
   * @returns whether the action worked (false also when it was refused for being busy)
   */
  run<T>(action: () => Promise<T>, steps?: MutationSteps<T>): Promise<boolean>
}

/**
 * The steps every action of the dashboard repeats: a busy guard, the reset of the last message, the
 * failure in the page's language (never the server's English), the success message, and focus on
 * the outcome (through BaseStatusMessage). Actions of one page can share one message box by passing
 * the same `message` ref.
 */
export function useMutation(options: { message?: Ref<StatusMessage | null> } = {}): Mutation {
  const { t } = useI18n()
  const isBusy = ref(false)
  const busyItem = ref<string | null>(null)
  const message = options.message ?? ref<StatusMessage | null>(null)

  function say(outcome: Outcome | void, tone: StatusMessage['tone']): void {
    message.value = typeof outcome === 'string' ? { tone, text: outcome } : (outcome ?? null)
  }

  async function run<T>(action: () => Promise<T>, steps: MutationSteps<T> = {}): Promise<boolean> {
    if (isBusy.value) {
      return false
    }
    isBusy.value = true
    busyItem.value = steps.item ?? null
    message.value = null
    try {
      let result: T
      try {
        result = await action()
      } catch (error) {
        const words = await steps.failed?.(error)
        say(words === undefined ? failureText(error, t) : words, 'danger')
        return false
      }
      say(await steps.done?.(result), 'success')
      return true
    } finally {
      isBusy.value = false
      busyItem.value = null
    }
  }

  return reactive({ isBusy, busyItem, message, run })
}
