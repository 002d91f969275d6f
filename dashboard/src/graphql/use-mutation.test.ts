import { ErrorCode } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import type { StatusMessage } from '@/ui/BaseStatusMessage.vue'
import { withSetup } from '@/testing/with-setup'
import { ApiError, NETWORK_ERROR } from './client'
import { useMutation } from './use-mutation'

describe('useMutation', () => {
  it('runs once while busy, clears the last message, then says the success as a status', async () => {
    const { result: save } = withSetup(() => useMutation())
    save.message = { tone: 'danger', text: 'An old failure.' }
    let calls = 0
    let finish!: () => void
    const first = save.run(
      () =>
        new Promise<void>(resolve => {
          calls += 1
          finish = resolve
        }),
      { item: 'row-1', done: () => 'Saved.' },
    )

    expect(save.isBusy).toBe(true)
    expect(save.busyItem).toBe('row-1')
    expect(save.message).toBeNull()
    await expect(save.run(async () => (calls += 1))).resolves.toBe(false)
    finish()

    await expect(first).resolves.toBe(true)
    expect(calls).toBe(1)
    expect(save.isBusy).toBe(false)
    expect(save.busyItem).toBeNull()
    expect(save.message).toEqual({ tone: 'success', text: 'Saved.' })
  })

  it('words a failure in the page’s language, unless the page explains the refusal itself', async () => {
    const { result: save } = withSetup(() => useMutation(), { locale: 'pt' })
    const refusal = new ApiError('Not found.', ErrorCode.NotFound)

    await expect(save.run(() => Promise.reject(new ApiError('down', NETWORK_ERROR)))).resolves.toBe(false)
    expect(save.message?.tone).toBe('danger')
    expect(save.message?.text).toMatch(/servidor/i)

    await save.run(() => Promise.reject(refusal), { failed: () => 'Já não existe.' })
    expect(save.message).toEqual({ tone: 'danger', text: 'Já não existe.' })

    await save.run(() => Promise.reject(refusal), { failed: () => null })
    expect(save.message).toBeNull()
  })

  it('shares one message box between the actions of a page', async () => {
    const { result } = withSetup(() => {
      const message = ref<StatusMessage | null>({ tone: 'success', text: 'Enrolled.' })
      return { message, enrol: useMutation({ message }), revoke: useMutation({ message }) }
    })

    await result.revoke.run(async () => 2, { done: count => ({ tone: 'warning', text: `${count} left.` }) })

    expect(result.message.value).toEqual({ tone: 'warning', text: '2 left.' })
    expect(result.enrol.message).toEqual({ tone: 'warning', text: '2 left.' })
  })
})
