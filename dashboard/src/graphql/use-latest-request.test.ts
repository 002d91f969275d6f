import { describe, expect, it } from 'vitest'
import { useLatestRequest } from './use-latest-request'

/** A promise the test settles by hand, to make answers arrive in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((done, fail) => {
    resolve = done
    reject = fail
  })
  return { promise, resolve, reject }
}

describe('useLatestRequest', () => {
  it('lands only the latest answer when an earlier one arrives last', async () => {
    const latest = useLatestRequest()
    const landed: string[] = []
    const first = deferred<string>()
    const second = deferred<string>()

    const running = [
      latest.run(
        () => first.promise,
        answer => landed.push(answer),
      ),
      latest.run(
        () => second.promise,
        answer => landed.push(answer),
      ),
    ]
    second.resolve('second')
    first.resolve('first')
    await Promise.all(running)

    expect(landed).toEqual(['second'])
  })

  it('passes only the latest failure on, and what the landing throws too', async () => {
    const latest = useLatestRequest()
    const failures: unknown[] = []
    const stale = deferred<string>()

    const running = latest.run(
      () => stale.promise,
      () => undefined,
      error => failures.push(error),
    )
    await latest.run(
      async () => 'answer',
      () => {
        throw new Error('refused by the page')
      },
      error => failures.push((error as Error).message),
    )
    stale.reject(new Error('stale'))
    await running

    expect(failures).toEqual(['refused by the page'])
  })

  it('drops what was started before drop(), and begin() gives a check for hand-written flows', () => {
    const latest = useLatestRequest()
    const isFirst = latest.begin()
    expect(isFirst()).toBe(true)

    latest.drop()
    expect(isFirst()).toBe(false)
    const isSecond = latest.begin()
    expect(isSecond()).toBe(true)
  })
})
