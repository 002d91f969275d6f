import { inject, onBeforeUnmount, onMounted, watch, type InjectionKey } from 'vue'
import type { Router } from 'vue-router'
import type { KioskHistory } from './kiosk-history'

/** A screen's own steps, such as the report form's questions: Back goes to the previous one first. */
export interface StepBack {
  canGoBack(): boolean
  goBack(): void
}

/** The browser's Back button, inside the kiosk (issue 9, item 6). */
export interface BrowserBack {
  /** Adds or keeps the one spare browser entry whenever there is somewhere to go back to. */
  sync(): void
  /** A screen's own steps, while it is shown; returns the function that takes them away again. */
  addSteps(steps: StepBack): () => void
  /** Leaves the app for `url`: the spare entry is taken back first, so Back does not return here. */
  leave(url: string): void
  dispose(): void
}

/** The parts of `window` this needs, so a test can hand in its own. */
export interface BrowserWindow {
  readonly history: Pick<History, 'pushState' | 'back'>
  readonly location: Pick<Location, 'replace'>
  addEventListener(type: 'popstate', listener: (event: PopStateEvent) => void): void
  removeEventListener(type: 'popstate', listener: (event: PopStateEvent) => void): void
  setTimeout(handler: () => void, timeout: number): unknown
}

export interface BrowserBackDeps {
  readonly router: Router
  readonly history: KioskHistory
  /** Own phone or computer: Back at the start leaves the app. A public kiosk never leaves. */
  readonly isPersonalDevice: () => boolean
  readonly target?: BrowserWindow
}

/**
 * The spare entry's state: a marker, never content, so nothing of a visit can be brought back through
 * the browser's history after Quick exit or the idle reset (ADR 0005).
 */
const SPARE_ENTRY = Object.freeze({ conductDeskSpare: true })
// Leaving waits for the browser to step back off the spare entry; a browser that never says so
// still leaves, well within the 300 ms Quick exit promises (SECURITY R26).
const LEAVE_FALLBACK_MS = 150

function isSpareEntry(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'conductDeskSpare' in state
}

export const browserBackKey: InjectionKey<BrowserBack> = Symbol('browser-back')

/**
 * Routing stays in memory and the address never changes (ADR 0005), so by itself the browser's Back
 * leaves the app from any screen, and a half-written IncidentReport with it. This keeps at most one
 * spare entry in the browser's history, at the same address, holding nothing: Back lands on the entry
 * below it, and the app takes one step back instead (the screen's own step, else the previous
 * screen), then adds the spare entry again while there is still somewhere to go back to. At the
 * start, a personal device lets Back leave the app as usual; a public kiosk stays where it is.
 */
export function createBrowserBack({
  router,
  history,
  isPersonalDevice,
  target = window,
}: BrowserBackDeps): BrowserBack {
  const stepsShown: StepBack[] = []
  let hasSpare = false
  let leavingTo: string | null = null

  const steps = () => stepsShown.at(-1)
  const canGoBack = () => (steps()?.canGoBack() ?? false) || history.canGoBack

  function sync(): void {
    if (leavingTo !== null || hasSpare) {
      return
    }
    if (canGoBack() || !isPersonalDevice()) {
      target.history.pushState(SPARE_ENTRY, '')
      hasSpare = true
    }
  }

  function onPopState(event: PopStateEvent): void {
    if (leavingTo !== null) {
      target.location.replace(leavingTo)
      return
    }
    if (isSpareEntry(event.state)) {
      // Forward, onto the spare entry again: there is nothing to redo.
      hasSpare = true
      return
    }
    hasSpare = false
    const own = steps()
    if (own?.canGoBack()) {
      own.goBack()
    } else if (history.canGoBack) {
      router.back()
    } else if (isPersonalDevice()) {
      target.history.back()
      return
    }
    sync()
  }

  function leave(url: string): void {
    leavingTo = url
    if (!hasSpare) {
      target.location.replace(url)
      return
    }
    hasSpare = false
    target.history.back()
    target.setTimeout(() => target.location.replace(url), LEAVE_FALLBACK_MS)
  }

  target.addEventListener('popstate', onPopState)
  const stopSyncing = router.afterEach((_to, _from, failure) => {
    if (!failure) {
      sync()
    }
  })

  return {
    sync,
    addSteps(own) {
      stepsShown.push(own)
      sync()
      return () => {
        const index = stepsShown.indexOf(own)
        if (index !== -1) {
          stepsShown.splice(index, 1)
        }
      }
    },
    leave,
    dispose() {
      target.removeEventListener('popstate', onPopState)
      stopSyncing()
    },
  }
}

/**
 * Lets the browser's Back step through this screen's own steps while it is shown. Without the shell
 * (a component mounted alone in a test) it does nothing.
 */
export function useStepBack(steps: StepBack): void {
  const back = inject(browserBackKey, null)
  if (back === null) {
    return
  }
  let remove = () => {}
  onMounted(() => {
    remove = back.addSteps(steps)
  })
  onBeforeUnmount(() => remove())
  watch(
    () => steps.canGoBack(),
    () => back.sync(),
  )
}
