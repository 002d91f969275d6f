import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/** Why the viewer lands on the sign-in page without having asked to. */
export type NoticeKind = 'session-expired' | 'signed-out' | 'signed-out-offline'

/** One calm message carried across a navigation, e.g. "your session has ended", shown once. */
export const useNoticeStore = defineStore('notice', () => {
  const notice = ref<NoticeKind | null>(null)

  function show(kind: NoticeKind): void {
    notice.value = kind
  }

  /** Hands the message to the page that shows it, so a later visit does not repeat it. */
  function take(): NoticeKind | null {
    const current = notice.value
    notice.value = null
    return current
  }

  function reset(): void {
    notice.value = null
  }

  return { notice, show, take, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useNoticeStore, import.meta.hot))
}
