import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue'

export interface IdleResetOptions {
  /** Seconds without input before `onReset` runs. */
  readonly timeoutSeconds: number
  /** The warning shows this many seconds before the reset. */
  readonly warningSeconds: number
  readonly onReset: () => unknown
  /**
   * While this answers true, the clock stands still: someone is writing on their own phone, where a
   * long pause to think is no sign of having walked away. A public kiosk never pauses.
   */
  readonly isPaused?: () => boolean
}

export interface IdleReset {
  /** True while the "Are you still there?" warning should show. */
  readonly isWarning: Readonly<Ref<boolean>>
  /** Whole seconds until the reset, counting down during the warning. */
  readonly secondsLeft: Readonly<Ref<number>>
  /** "More time": counts as input, so the full timeout starts again. */
  extend(): void
  /** Disarms until the next input: after a wipe there is nothing left to clear. */
  stop(): void
}

// Anything a person does at a touch screen, a keyboard or a phone (whose on-screen keyboards may send
// no key events, only input).
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'input', 'touchstart', 'wheel'] as const
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'email', 'url', 'number', 'password'])

/** True while the focus is in a field someone writes in (a text area, or a text-like input). */
export function isWritingIn(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement) {
    return !element.readOnly && !element.disabled
  }
  return (
    element instanceof HTMLInputElement &&
    TEXT_INPUT_TYPES.has(element.type) &&
    !element.readOnly &&
    !element.disabled
  )
}
// Half a second keeps the countdown honest without busy work; the reset lands within 0.5 s of due.
const TICK_MS = 500

/**
 * Idle reset (SECURITY R24). The clock is armed by the first input after a reset: an untouched start
 * screen has nothing to clear, and should not flash a warning at passers-by every 90 seconds.
 */
export function useIdleReset(options: IdleResetOptions): IdleReset {
  const timeoutMs = options.timeoutSeconds * 1000
  const isWarning = ref(false)
  const secondsLeft = ref(options.timeoutSeconds)
  let lastInputAt = 0
  let ticker: ReturnType<typeof setInterval> | undefined

  function disarm(): void {
    clearInterval(ticker)
    ticker = undefined
    isWarning.value = false
    secondsLeft.value = options.timeoutSeconds
  }

  function tick(): void {
    if (options.isPaused?.() === true) {
      onInput()
      return
    }
    const remainingMs = timeoutMs - (Date.now() - lastInputAt)
    secondsLeft.value = Math.max(0, Math.ceil(remainingMs / 1000))
    if (remainingMs <= 0) {
      disarm()
      void options.onReset()
    } else {
      isWarning.value = remainingMs <= options.warningSeconds * 1000
    }
  }

  function onInput(): void {
    lastInputAt = Date.now()
    isWarning.value = false
    secondsLeft.value = options.timeoutSeconds
    ticker ??= setInterval(tick, TICK_MS)
  }

  onMounted(() => {
    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, onInput, { capture: true, passive: true })
    }
  })

  onBeforeUnmount(() => {
    for (const type of ACTIVITY_EVENTS) {
      window.removeEventListener(type, onInput, { capture: true })
    }
    disarm()
  })

  return { isWarning: readonly(isWarning), secondsLeft: readonly(secondsLeft), extend: onInput, stop: disarm }
}
