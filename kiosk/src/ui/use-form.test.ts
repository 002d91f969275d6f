import { describe, expect, it } from 'vitest'
import { useForm } from './use-form'

type Problem = 'empty' | 'not-found' | 'unreachable'

function formOf() {
  return useForm<Problem>({ words: problem => `words for ${problem}`, fieldProblems: ['empty', 'not-found'] })
}

describe('useForm', () => {
  it('shows the problem a submission returns, in words, and marks the fields only for field problems', async () => {
    const form = formOf()
    expect(form.problemText).toBe('')
    await form.submit(() => Promise.resolve('not-found' as const))
    expect(form.problemText).toBe('words for not-found')
    expect(form.isInvalid).toBe(true)
    await form.submit(() => 'unreachable' as const)
    expect(form.isInvalid).toBe(false)
    form.edit()
    expect(form.problem).toBeNull()
  })

  it('is busy while sending, ignores a second tap, and clears the problem when one goes through', async () => {
    const form = formOf()
    form.problem = 'empty'
    let answer!: () => void
    let sent = 0
    const first = form.submit(() => {
      sent++
      return new Promise<void>(resolve => (answer = resolve))
    })
    expect(form.isBusy).toBe(true)
    expect(form.problem).toBeNull()
    await form.submit(() => {
      sent++
    })
    expect(sent).toBe(1)
    answer()
    await first
    expect(form.isBusy).toBe(false)
    expect(form.problem).toBeNull()
  })
})
