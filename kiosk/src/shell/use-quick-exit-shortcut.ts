import { onBeforeUnmount, onMounted } from 'vue'

// GOV.UK's "exit this page" pattern: Shift pressed three times in a row, close together.
const PRESSES = 3
const WITHIN_MS = 2000

/**
 * Calls `onExit` when Shift is pressed three times in a row within two seconds (SECURITY R26). Any
 * other key in between starts the count again, so typing capitals never triggers it.
 */
export function useQuickExitShortcut(onExit: () => unknown): void {
  let presses: number[] = []

  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Shift') {
      presses = []
      return
    }
    if (event.repeat) {
      return
    }
    const now = Date.now()
    presses = [...presses, now].filter(at => now - at <= WITHIN_MS)
    if (presses.length >= PRESSES) {
      presses = []
      void onExit()
    }
  }

  onMounted(() => window.addEventListener('keydown', onKeydown, { capture: true }))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown, { capture: true }))
}
