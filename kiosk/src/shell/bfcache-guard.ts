import type { KioskShell } from './kiosk-shell'

/**
 * SECURITY R27: a page restored from the back/forward cache would show the previous visitor's screen
 * as they left it. When that happens, wipe and load the page afresh.
 */
export function installBfcacheGuard(shell: KioskShell, target: Window = window): () => void {
  function onPageShow(event: PageTransitionEvent): void {
    if (event.persisted) {
      void shell.wipe()
      target.location.reload()
    }
  }
  target.addEventListener('pageshow', onPageShow)
  return () => target.removeEventListener('pageshow', onPageShow)
}
