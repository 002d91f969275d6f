import { ErrorCode } from '@conduct-desk/shared'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, reactive } from 'vue'
import { createAppI18n, type Locale } from '@/i18n'
import BaseForm from '@/ui/BaseForm.vue'
import BaseTextField from '@/ui/BaseTextField.vue'
import { ApiError } from './client'
import { useForm, type Form } from './use-form'

/** A two-field form as a page builds it (BaseForm, BaseTextField), sending through `action`. */
function mountForm(action: () => Promise<string>, { locale = 'en' as Locale, hasSummary = false } = {}) {
  let form!: Form<'name' | 'place'>
  const draft = reactive({ name: '', place: '' })
  const wrapper = mount(
    defineComponent({
      setup() {
        form = useForm({
          fields: ['name', 'place'],
          validate: () => ({
            name: draft.name === '' ? 'Name needed.' : undefined,
            place: draft.place === '' ? 'Place needed.' : undefined,
          }),
          serverFields: () => ({ place: 'No such place.' }),
          hasSummary,
        })
        const submit = () => void form.submit(action, { done: words => words })
        return () =>
          h(BaseForm, { form, label: 'Save', busyLabel: 'Saving…', onSubmit: submit }, () => [
            h(BaseTextField, {
              label: 'Name',
              modelValue: draft.name,
              'onUpdate:modelValue': (value: string) => (draft.name = value),
              error: form.errors.name,
            }),
            h(BaseTextField, {
              label: 'Place',
              modelValue: draft.place,
              'onUpdate:modelValue': (value: string) => (draft.place = value),
              error: form.errors.place,
            }),
          ])
      },
    }),
    { global: { plugins: [createAppI18n(locale)], stubs: { RouterLink: true } }, attachTo: document.body },
  )
  return { wrapper, draft, form: () => form }
}

describe('useForm', () => {
  it('marks every field to fix, says so above a long form, focuses the first, and sends nothing', async () => {
    let sent = 0
    const { wrapper, draft, form } = mountForm(async () => String((sent += 1)), { hasSummary: true })
    draft.place = 'Room 2'

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(sent).toBe(0)
    expect(form().errors).toEqual({ name: 'Name needed.', place: undefined })
    expect(wrapper.get('[role="alert"]').text()).toMatch(/need your attention/)
    expect(document.activeElement).toBe(wrapper.get('input[aria-invalid="true"]').element)
    expect(document.activeElement).toBe(wrapper.findAll('input')[0]!.element)
    wrapper.unmount()
  })

  it('puts the server’s refusal on the field it blamed, in the page’s words, and focuses it', async () => {
    const { wrapper, draft, form } = mountForm(() =>
      Promise.reject(new ApiError('Unknown place', ErrorCode.BadUserInput, { field: 'place' })),
    )
    Object.assign(draft, { name: 'Noor', place: 'Room 9' })

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(form().errors).toEqual({ place: 'No such place.' })
    expect(form().message).toBeNull()
    expect(document.activeElement).toBe(wrapper.findAll('input')[1]!.element)
    wrapper.unmount()
  })

  it('words any other failure in the page’s language, and says the success after it worked', async () => {
    const { wrapper, draft, form } = mountForm(async () => 'Guardado.', { locale: 'pt' })
    Object.assign(draft, { name: 'Noor', place: 'Room 9' })

    await form().submit(() => Promise.reject(new ApiError('Forbidden', ErrorCode.Forbidden)))
    expect(form().message?.tone).toBe('danger')
    expect(form().message?.text).not.toBe('Forbidden')

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(form().message).toEqual({ tone: 'success', text: 'Guardado.' })
    expect(form().errors).toEqual({ name: undefined, place: undefined })
    wrapper.unmount()
  })
})
