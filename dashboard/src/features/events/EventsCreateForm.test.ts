import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/i18n'
import EventsCreateForm from './EventsCreateForm.vue'

function mountForm() {
  return mount(EventsCreateForm, {
    props: { series: [] },
    global: { plugins: [createAppI18n('en')], stubs: { RouterLink: true } },
    attachTo: document.body,
  })
}

describe('EventsCreateForm', () => {
  it('fills the short address from the name until the person edits it', async () => {
    const wrapper = mountForm()
    const [name, slug] = wrapper.findAll('input')

    await name?.setValue('Harbour Conf 2027')
    expect(slug?.element.value).toBe('harbour-conf-2027')

    await slug?.setValue('harbour')
    await name?.setValue('Harbour Conference 2027')
    expect(slug?.element.value).toBe('harbour')
    wrapper.unmount()
  })
})
