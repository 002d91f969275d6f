import { afterEach, vi } from 'vitest'

// Every kiosk test starts from an empty page on the real clock (the config also unstubs globals and
// environment variables): mounted apps are attached to document.body, and a test that fakes timers
// or leaves a dialog open must not leak into the next one.
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})
