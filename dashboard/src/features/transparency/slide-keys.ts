/** What a key press asks of the slides. */
export type SlideMove = 'next' | 'previous' | 'first' | 'last'

/**
 * The keys of a presentation: arrows, Space and Page Up/Down (what presentation clickers send),
 * Home and End. Keys with a modifier stay the browser's (Alt+← goes back, Ctrl+End…), and Space
 * on a button presses the button rather than turning the slide (`isOnControl`).
 */
export function slideMoveOf(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  isOnControl = false,
): SlideMove | null {
  if (event.altKey || event.ctrlKey || event.metaKey) {
    return null
  }
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next'
    case ' ':
      if (isOnControl) {
        return null
      }
      return event.shiftKey ? 'previous' : 'next'
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    default:
      return null
  }
}

/** The slide a move lands on, among `count` slides (never past either end). */
export function movedSlide(current: number, move: SlideMove, count: number): number {
  const last = Math.max(0, count - 1)
  switch (move) {
    case 'next':
      return Math.min(last, current + 1)
    case 'previous':
      return Math.max(0, current - 1)
    case 'first':
      return 0
    case 'last':
      return last
  }
}
