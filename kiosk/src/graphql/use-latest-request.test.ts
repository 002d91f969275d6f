import { describe, expect, it, vi } from 'vitest'
import { ApiCancelledError } from './client'
import { useLatestRequest } from './use-latest-request'

/** A request whose answer the test gives when it likes. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

const handlers = () => ({
  land: vi.fn((data: string) => `landed ${data}`),
  fail: vi.fn(() => 'failed'),
  settle: vi.fn(),
})

describe('useLatestRequest', () => {
  it('lands the answer of the latest request, and its error', async () => {
    const latest = useLatestRequest()
    const ok = handlers()
    await expect(latest.send(() => Promise.resolve('a'), ok)).resolves.toBe('landed a')
    expect(ok.settle).toHaveBeenCalledOnce()
    const refused = handlers()
    await expect(latest.send(() => Promise.reject(new Error('no')), refused)).resolves.toBe('failed')
    expect(refused.fail).toHaveBeenCalledOnce()
  })

  it('drops what comes after dropAll (a wipe, or a request that replaces it)', async () => {
    const latest = useLatestRequest()
    const first = deferred<string>()
    const late = handlers()
    const sent = latest.send(() => first.promise, late)
    const isCurrent = latest.track()
    latest.dropAll()
    first.resolve('stale')
    await expect(sent).resolves.toBeUndefined()
    expect(late.land).not.toHaveBeenCalled()
    expect(late.settle).not.toHaveBeenCalled()
    expect(isCurrent()).toBe(false)
    expect(latest.generation.value).toBe(1)
  })

  it('never hands a cancelled request (the wipe) to fail', async () => {
    const latest = useLatestRequest()
    const cancelled = handlers()
    await expect(
      latest.send(() => Promise.reject(new ApiCancelledError('wiped')), cancelled),
    ).resolves.toBeUndefined()
    expect(cancelled.fail).not.toHaveBeenCalled()
  })
})
