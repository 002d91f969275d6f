import { afterEach, describe, expect, it, vi } from 'vitest'
import { installBfcacheGuard } from './bfcache-guard'
import type { KioskShell } from './kiosk-shell'

function pageshow(persisted: boolean): Event {
  const event = new Event('pageshow')
  Object.defineProperty(event, 'persisted', { value: persisted })
  return event
}

describe('bfcache guard', () => {
  let uninstall: () => void = () => undefined
  afterEach(() => uninstall())

  it('wipes and reloads when the page comes back from the back/forward cache', () => {
    const wipe = vi.fn(async () => undefined)
    const reload = vi.fn()
    const target = new EventTarget() as unknown as Window
    Object.defineProperty(target, 'location', { value: { reload } })
    uninstall = installBfcacheGuard({ wipe } as unknown as KioskShell, target)

    target.dispatchEvent(pageshow(false))
    expect(wipe).not.toHaveBeenCalled()

    target.dispatchEvent(pageshow(true))
    expect(wipe).toHaveBeenCalledOnce()
    expect(reload).toHaveBeenCalledOnce()
  })
})
