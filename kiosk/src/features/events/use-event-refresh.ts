import { onBeforeUnmount, onMounted } from 'vue'
import { useEventStore } from './event.store'

/**
 * Keeps the shown event fresh while the app is mounted: every `intervalSeconds`, and at once when the
 * network comes back or a phone brings the page to the front again (duty rosters change by the hour).
 */
export function useEventRefresh(intervalSeconds: number): void {
  const store = useEventStore()
  let timer: ReturnType<typeof setInterval> | undefined

  function refreshNow(): void {
    if (store.slug !== null && !store.isRefreshing) {
      void store.refresh()
    }
  }

  function onVisibilityChange(): void {
    if (document.visibilityState === 'visible') {
      refreshNow()
    }
  }

  onMounted(() => {
    timer = setInterval(refreshNow, intervalSeconds * 1000)
    window.addEventListener('online', refreshNow)
    document.addEventListener('visibilitychange', onVisibilityChange)
  })

  onBeforeUnmount(() => {
    clearInterval(timer)
    window.removeEventListener('online', refreshNow)
    document.removeEventListener('visibilitychange', onVisibilityChange)
  })
}
