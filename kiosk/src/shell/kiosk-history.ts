import { createMemoryHistory, type RouterHistory } from 'vue-router'

type NavigationCallback = Parameters<RouterHistory['listen']>[0]

/** A router history that never touches the address bar, and can be swapped for a blank one. */
export interface KioskHistory extends RouterHistory {
  /** True when an earlier screen of this visit is there to go back to (the browser's Back uses it). */
  readonly canGoBack: boolean
  /** Throws the visit's entries away: afterwards the history holds `path` alone, nothing to go back to. */
  restart(path: string): void
}

/**
 * Memory history (SECURITY R25): the URL stays what it was at boot for the whole visit, so neither the
 * address bar nor the browser's back button reveals where the previous person went. vue-router cannot
 * replace a router's history, so this delegates to an inner memory history that `restart()` replaces.
 */
export function createKioskHistory(initialPath: string): KioskHistory {
  const listeners = new Set<NavigationCallback>()
  let inner = fresh(initialPath)
  // Where the inner memory history stands and how many entries it holds, counted as vue-router's
  // memory history counts them (it does not say): push drops what was ahead, go() stays in bounds.
  let position = 0
  let length = 1

  function fresh(path: string): RouterHistory {
    const history = createMemoryHistory()
    // The router's first navigation goes to `history.location`; start there, not at ''.
    history.replace(path)
    history.listen((to, from, info) => {
      for (const listener of listeners) {
        listener(to, from, info)
      }
    })
    return history
  }

  return {
    get base() {
      return inner.base
    },
    get location() {
      return inner.location
    },
    get state() {
      return inner.state
    },
    get canGoBack() {
      return position > 0
    },
    push(to, data) {
      inner.push(to, data)
      position++
      length = position + 1
    },
    replace(to, data) {
      inner.replace(to, data)
    },
    go(delta, triggerListeners) {
      position = Math.max(0, Math.min(position + delta, length - 1))
      inner.go(delta, triggerListeners)
    },
    listen(callback) {
      listeners.add(callback)
      return () => listeners.delete(callback)
    },
    createHref(location) {
      return inner.createHref(location)
    },
    destroy() {
      listeners.clear()
      inner.destroy()
    },
    restart(path) {
      inner.destroy()
      inner = fresh(path)
      position = 0
      length = 1
    },
  }
}
