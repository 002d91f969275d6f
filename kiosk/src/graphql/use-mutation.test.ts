import { ErrorCode } from '@conduct-desk/shared'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, ApiUnreachableError } from './client'
import { useLatestRequest } from './use-latest-request'
import { useMutation } from './use-mutation'

function mutationOf(send: (name: string) => Promise<string>) {
  const latest = useLatestRequest()
  const onProblem = vi.fn()
  const mutation = useMutation({
    latest,
    send,
    land: (data: string, name: string) => `${name}: ${data}`,
    problems: { codes: { [ErrorCode.NotFound]: 'not-found' } },
    onProblem,
  })
  return { latest, mutation, onProblem }
}

describe('useMutation', () => {
  it('lands the answer, or words the error in the screen’s problem keys', async () => {
    const { mutation, onProblem } = mutationOf(name =>
      name === 'gone'
        ? Promise.reject(new ApiError('Nope', 200, { code: ErrorCode.NotFound, field: 'code' }))
        : name === 'away'
          ? Promise.reject(new ApiUnreachableError('down'))
          : Promise.resolve('ok'),
    )
    await expect(mutation.run('code')).resolves.toBe('code: ok')
    await expect(mutation.run('gone')).resolves.toBe('not-found')
    expect(onProblem).toHaveBeenLastCalledWith(
      'not-found',
      expect.objectContaining({ field: 'code' }),
      'gone',
    )
    await expect(mutation.run('away')).resolves.toBe('unreachable')
    expect(onProblem).toHaveBeenLastCalledWith('unreachable', null, 'away')
  })

  it('sends one at a time, and is not busy once the store is reset', async () => {
    let answer!: (value: string) => void
    const { mutation, latest } = mutationOf(() => new Promise(resolve => (answer = resolve)))
    const first = mutation.run('first')
    expect(mutation.isBusy.value).toBe(true)
    await expect(mutation.run('second')).resolves.toBe('failed')
    latest.dropAll()
    expect(mutation.isBusy.value).toBe(false)
    answer('late')
    // The answer came after the wipe: it lands nowhere.
    await expect(first).resolves.toBe('failed')
  })
})
