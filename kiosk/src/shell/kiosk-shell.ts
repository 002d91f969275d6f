import type { Pinia } from 'pinia'
import { inject, readonly, ref, type InjectionKey, type Ref } from 'vue'
import type { Router } from 'vue-router'
import type { BrowserBack } from './browser-back'
import type { KioskHistory } from './kiosk-history'
import { resetAppState } from './reset-app-state'

/**
 * Where Quick exit takes someone's own phone: a blank page (docs/decisions/0011). Not a page of ours,
 * which would keep this service's address in the address bar and the tab list, and not a news or
 * weather site, which would tell a third party about the visit and fails during a network cut.
 * `about:blank` loads nothing, works offline, and shows a glancing onlooker nothing at all.
 */
export const NEUTRAL_PAGE = 'about:blank'

/** What the shell offers every screen: where "home" is, and the wipe. */
export interface KioskShell {
  /** The start screen: an event's home, the event list, or kiosk set-up. Reactive. */
  readonly homePath: string
  /** Changes on every wipe; the layout keys the page on it so no component state survives. */
  readonly generation: Readonly<Ref<number>>
  /** The idle reset: clears everything and shows the start screen again. */
  wipe(): Promise<void>
  /**
   * Quick exit: the same wipe, at once. A public kiosk then shows its start screen; someone's own
   * phone leaves for a neutral blank page, so the screen no longer shows a Code of Conduct page.
   */
  exit(): Promise<void>
  /** Makes `path` the start screen from now on (the kiosk was enrolled), and wipes to it. */
  rehome(path: string): Promise<void>
}

export interface KioskShellDeps {
  readonly pinia: Pinia
  readonly router: Router
  readonly history: KioskHistory
  readonly homePath: string
  readonly browserBack: BrowserBack
  /** Someone's own phone or computer, not a public kiosk (the enrolment store decides). */
  readonly isPersonalDevice: () => boolean
}

export const kioskShellKey: InjectionKey<KioskShell> = Symbol('kiosk-shell')

export function createKioskShell({
  pinia,
  router,
  history,
  homePath,
  browserBack,
  isPersonalDevice,
}: KioskShellDeps): KioskShell {
  const generation = ref(0)
  const home = ref(homePath)

  async function wipe(): Promise<void> {
    resetAppState(pinia)
    // A new, one-entry history: nothing of this visit is left to go back to.
    history.restart(home.value)
    generation.value++
    // `force`: when the start screen is already showing, its guards still run and reload the event.
    await router.replace({ path: home.value, force: true })
    if (document.activeElement instanceof HTMLElement) {
      document.activeElement.blur()
    }
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' })
  }

  async function exit(): Promise<void> {
    if (isPersonalDevice()) {
      // First, so the wipe's navigation home adds no browser entry; the page is left right after.
      browserBack.leave(NEUTRAL_PAGE)
    }
    await wipe()
  }

  async function rehome(path: string): Promise<void> {
    home.value = path
    await wipe()
  }

  return {
    get homePath() {
      return home.value
    },
    generation: readonly(generation),
    wipe,
    exit,
    rehome,
  }
}

export function useKioskShell(): KioskShell {
  const shell = inject(kioskShellKey)
  if (!shell) {
    throw new Error('useKioskShell() needs the shell provided by main.ts')
  }
  return shell
}
