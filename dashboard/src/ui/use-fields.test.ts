import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, reactive } from 'vue'
import { createAppI18n, type Locale } from '@/i18n'
import BaseTextField from './BaseTextField.vue'
import { useFields } from './use-fields'

/** The quiet room's location field as its page binds it (`events.quietRoom.location` and its hint). */
function mountFields(locale: Locale = 'en', errors: Record<string, string> = {}, hint?: string) {
  const draft = reactive({ location: 'Room 2', directions: '', isOpen: false })
  const wrapper = mount(
    defineComponent({
      setup() {
        const field = useFields(draft, 'events.quietRoom', () => errors)
        return () => h(BaseTextField, { ...field('location'), ...(hint === undefined ? {} : { hint }) })
      },
    }),
    { global: { plugins: [createAppI18n(locale)] }, attachTo: document.body },
  )
  return { wrapper, draft }
}

describe('useFields', () => {
  it('labels the field and gives its hint from the i18n group, in the page language', () => {
    const { wrapper } = mountFields('pt')
    const input = wrapper.get('input')

    expect(wrapper.get('label').text()).toBe('Localização')
    expect(wrapper.get(`#${input.attributes('aria-describedby')}`).text()).toBe(
      'Onde fica, p. ex. Sala 2.14, segundo piso.',
    )
    expect(input.element.value).toBe('Room 2')
    wrapper.unmount()
  })

  it('writes what is typed into the draft and shows the form error on the field', async () => {
    const { wrapper, draft } = mountFields('en', { location: 'Say where the room is.' })

    await wrapper.get('input').setValue('Room 5')

    expect(draft.location).toBe('Room 5')
    expect(wrapper.get('input').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Say where the room is.')
    wrapper.unmount()
  })

  it('lets a prop written after the binding replace the bound hint', () => {
    const { wrapper } = mountFields('en', {}, 'Our own hint.')

    expect(wrapper.text()).toContain('Our own hint.')
    wrapper.unmount()
  })
})
