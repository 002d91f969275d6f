import { afterEach, beforeEach, vi } from 'vitest'

/**
 * The hooks of a page test: the clock fixed at `now` (still ticking, so the app's timers run), and
 * afterwards real timers, the real `fetch` and an empty document again.
 */
export function usePageClock(now: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date(now) })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })
}

/** Text as people read it: Intl puts thin and narrow no-break spaces around times. */
export const plain = (text: string) => text.replace(/\s+/g, ' ').trim()
