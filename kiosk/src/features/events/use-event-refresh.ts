import { onBeforeUnmount, onMounted } from 'vue'
import { useEventStore } from './event.store'

/**
 * While the server cannot be reached, ask this often: a network that comes back (the Wi-Fi rejoined,
 * its uplink restored) is noticed within seconds, even when the browser never says "online".
 */
const RETRY_WHILE_UNREACHABLE_MS = 5000

/**
 * Keeps the shown event fresh while the app is mounted: every `intervalSeconds`, every few seconds
 * while the server cannot be reached, and at once when the network comes back or a phone brings the
 * page to the front again (duty rosters change by the hour).
 */
export function useEventRefresh(intervalSeconds: number): void {
  const store = useEventStore()
  let timer: ReturnType<typeof setInterval> | undefined
  let retryTimer: ReturnType<typeof setInterval> | undefined

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
    retryTimer = setInterval(() => {
      if (store.isUnreachable) {
        refreshNow()
      }
    }, RETRY_WHILE_UNREACHABLE_MS)
    window.addEventListener('online', refreshNow)
    document.addEventListener('visibilitychange', onVisibilityChange)
  })

  onBeforeUnmount(() => {
    clearInterval(timer)
    clearInterval(retryTimer)
    window.removeEventListener('online', refreshNow)
    document.removeEventListener('visibilitychange', onVisibilityChange)
  })
}
