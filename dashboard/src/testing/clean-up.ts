import { afterEach, vi } from 'vitest'

// Every dashboard test file starts from a clean page: no fake fetch (or other stubbed global) and
// no app left mounted in the body by the test before.
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})
