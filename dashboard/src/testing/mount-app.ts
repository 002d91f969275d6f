import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, type Router } from 'vue-router'
import App from '@/App.vue'
import { createAppI18n, type Locale } from '@/i18n'
import type { SessionViewerFieldsFragment } from '@/graphql/generated/graphql'
import { createAppRouter } from '@/router'
import { viewerWithoutEvents } from './fixtures'
import { stubGraphql } from './stub-graphql'

/**
 * Mounts the whole app (real Pinia, router with memory history, i18n) at `path`, the way main.ts
 * does (`beforeNavigation` stands in for what main.ts wires up), and waits for the first navigation and the requests it starts. Stub fetch first.
 */
export async function mountApp(
  path: string,
  {
    locale = 'en' as Locale,
    beforeNavigation,
  }: { locale?: Locale; beforeNavigation?: (router: Router) => void } = {},
) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory('/dashboard/'))
  const i18n = createAppI18n(locale)
  beforeNavigation?.(router)
  await router.push(path)
  await router.isReady()
  const wrapper = mount(App, { global: { plugins: [pinia, router, i18n] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router, pinia }
}

/** `mountApp` for a signed-in viewer holding `roles`, with no events of their own (to test where the guard lets them in). */
export function mountAppAs(path: string, roles: SessionViewerFieldsFragment['roles'] = []) {
  stubGraphql(viewerWithoutEvents(roles))
  return mountApp(path)
}
