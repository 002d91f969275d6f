import { describe, expect, it } from 'vitest'
import { movedSlide, slideMoveOf } from './slide-keys'

const key = (name: string, extra: Partial<KeyboardEvent> = {}) =>
  slideMoveOf({ key: name, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...extra })

describe('slideMoveOf', () => {
  it('reads arrows, Space, clickers (Page Up/Down), Home and End', () => {
    expect(
      ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End'].map(name => key(name)),
    ).toEqual(['next', 'next', 'next', 'previous', 'previous', 'first', 'last'])
    expect(key(' ', { shiftKey: true })).toBe('previous')
  })

  it('leaves other keys and the browser’s shortcuts alone, and Space on a button to the button', () => {
    expect(key('a')).toBeNull()
    expect(key('ArrowLeft', { altKey: true })).toBeNull()
    expect(key('End', { ctrlKey: true })).toBeNull()
    expect(
      slideMoveOf({ key: ' ', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false }, true),
    ).toBeNull()
  })
})

describe('movedSlide', () => {
  it('never goes past either end', () => {
    expect(movedSlide(0, 'previous', 5)).toBe(0)
    expect(movedSlide(4, 'next', 5)).toBe(4)
    expect(movedSlide(2, 'next', 5)).toBe(3)
    expect(movedSlide(2, 'first', 5)).toBe(0)
    expect(movedSlide(2, 'last', 5)).toBe(4)
  })
})
