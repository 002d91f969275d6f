import type { Pinia } from 'pinia'
import { inject, readonly, ref, type InjectionKey, type Ref } from 'vue'
import type { Router } from 'vue-router'
import type { KioskHistory } from './kiosk-history'
import { resetAppState } from './reset-app-state'

/** What the shell offers every screen: where "home" is, and the wipe. */
export interface KioskShell {
  /** The start screen: an event's home, the event list, or kiosk set-up. Reactive. */
  readonly homePath: string
  /** Changes on every wipe; the layout keys the page on it so no component state survives. */
  readonly generation: Readonly<Ref<number>>
  /** Quick exit and idle reset: clears everything and shows the start screen again. */
  wipe(): Promise<void>
  /** Makes `path` the start screen from now on (the kiosk was enrolled), and wipes to it. */
  rehome(path: string): Promise<void>
}

export interface KioskShellDeps {
  readonly pinia: Pinia
  readonly router: Router
  readonly history: KioskHistory
  readonly homePath: string
}

export const kioskShellKey: InjectionKey<KioskShell> = Symbol('kiosk-shell')

export function createKioskShell({ pinia, router, history, homePath }: KioskShellDeps): KioskShell {
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
