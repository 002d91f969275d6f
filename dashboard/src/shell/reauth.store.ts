import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * The step-up question (SECURITY R19): a sensitive action answered REAUTH_REQUIRED, and the person
 * is asked for their password or a code before it is sent again. One question at a time: requests
 * that need it meanwhile wait for the same answer.
 */
export const useReauthStore = defineStore('reauth', () => {
  const isAsking = ref(false)
  let answer: Promise<boolean> | null = null
  let settleAnswer: ((confirmed: boolean) => void) | null = null

  /** Opens the dialog; resolves true once the person confirmed, false if they cancelled. */
  function ask(): Promise<boolean> {
    answer ??= new Promise<boolean>(resolve => {
      settleAnswer = resolve
      isAsking.value = true
    })
    return answer
  }

  function settle(confirmed: boolean): void {
    isAsking.value = false
    settleAnswer?.(confirmed)
    settleAnswer = null
    answer = null
  }

  /** Whatever was waiting is told "no": the next person must not confirm someone else's action. */
  function reset(): void {
    settle(false)
  }

  return { isAsking, ask, settle, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useReauthStore, import.meta.hot))
}
