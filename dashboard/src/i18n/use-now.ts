import { onScopeDispose, ref, type Ref } from 'vue'

/** The current time in ms, ticking every `intervalMs`, for relative times and countdowns. */
export function useNow(intervalMs = 15_000): Readonly<Ref<number>> {
  const now = ref(Date.now())
  const timer = setInterval(() => {
    now.value = Date.now()
  }, intervalMs)
  onScopeDispose(() => clearInterval(timer))
  return now
}
