import type { BrowserWindow } from '@/shell/browser-back'

/**
 * A browser's session history for one tab, as far as the kiosk's Back handling sees it: entries with
 * their states, Back (a popstate on the entry below, or leaving the page from the first one), and
 * `location.replace`. happy-dom's own history does not step back, so tests hand this in instead.
 */
export function createFakeBrowserWindow() {
  const states: unknown[] = [null]
  let index = 0
  let hasLeft = false
  let replacedWith: string | null = null
  const listeners = new Set<(event: PopStateEvent) => void>()

  const browserWindow: BrowserWindow = {
    history: {
      pushState(state: unknown) {
        states.splice(index + 1)
        states.push(state)
        index++
      },
      back() {
        if (index === 0) {
          hasLeft = true
          return
        }
        index--
        const event = { state: states[index] } as PopStateEvent
        // Browsers fire popstate after the call returns, as a task.
        setTimeout(() => listeners.forEach(listener => listener(event)), 0)
      },
    },
    location: {
      replace(url: string | URL) {
        replacedWith = String(url)
      },
    },
    addEventListener(_type, listener) {
      listeners.add(listener)
    },
    removeEventListener(_type, listener) {
      listeners.delete(listener)
    },
    setTimeout: (handler, timeout) => setTimeout(handler, timeout),
  }

  return {
    browserWindow,
    /** The person presses the browser's Back button. */
    pressBack: () => browserWindow.history.back(),
    /** How many entries of this page the tab holds, the one shown included, and which is shown. */
    get length() {
      return states.length
    },
    get index() {
      return index
    },
    /** Every state the page stored in the tab's history. */
    get states(): readonly unknown[] {
      return [...states]
    },
    /** Back from the first entry: the tab went to whatever page came before the kiosk. */
    get hasLeft() {
      return hasLeft
    },
    /** Where `location.replace` sent the tab, if anywhere. */
    get replacedWith() {
      return replacedWith
    },
  }
}

export type FakeBrowserWindow = ReturnType<typeof createFakeBrowserWindow>
