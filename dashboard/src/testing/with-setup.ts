import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { createAppI18n, type Locale } from '@/i18n'

/**
 * Runs a composable inside a mounted component with the app's i18n, the way a page would, so
 * toolkit pieces (useMutation, useForm) can be tested without a page around them.
 */
export function withSetup<T>(composable: () => T, { locale = 'en' as Locale } = {}) {
  let result!: T
  const wrapper = mount(
    defineComponent({
      setup() {
        result = composable()
        return () => h('div')
      },
    }),
    { global: { plugins: [createAppI18n(locale)] } },
  )
  return { result, unmount: () => wrapper.unmount() }
}
