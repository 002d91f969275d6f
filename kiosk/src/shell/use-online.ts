import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue'

/**
 * Whether the browser says it has a network, kept up to date. It can say "online" on a Wi-Fi whose
 * uplink is down; the event store's `isUnreachable` covers that case.
 */
export function useOnline(): Readonly<Ref<boolean>> {
  const isOnline = ref(navigator.onLine)
  const update = () => {
    isOnline.value = navigator.onLine
  }
  onMounted(() => {
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  })
  return readonly(isOnline)
}
