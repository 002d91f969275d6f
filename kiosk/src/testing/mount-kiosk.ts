import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import App from '@/App.vue'
import { createKioskI18n } from '@/i18n'
import { useEnrolmentStore } from '@/features/enrolment/enrolment.store'
import { createKioskRouter } from '@/router'
import { browserBackKey, createBrowserBack, type BrowserWindow } from '@/shell/browser-back'
import { createKioskHistory } from '@/shell/kiosk-history'
import { createKioskShell, kioskShellKey } from '@/shell/kiosk-shell'
import { createFakeBrowserWindow } from './fake-browser-window'
import { operationCalls, stubGraphqlFetch, type GraphqlResponder } from './graphql-fetch-stub'

export interface MountKioskOptions {
  /** Someone's own phone (the server said this browser is no enrolled kiosk); a public kiosk otherwise. */
  readonly isPersonalDevice?: boolean
  /** The tab whose Back button the kiosk listens to; a fresh fake one unless the test hands in its own. */
  readonly browserWindow?: BrowserWindow
}

/** The whole app as main.ts assembles it (real Pinia, router, i18n), opened at `homePath`. */
export async function mountKiosk(homePath = '/e/riverside-pycon-2026', options: MountKioskOptions = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const enrolment = useEnrolmentStore(pinia)
  if (options.isPersonalDevice === true) {
    enrolment.checkStatus = 'checked'
  }
  const history = createKioskHistory(homePath)
  const router = createKioskRouter(history)
  const isPersonalDevice = () => enrolment.isPersonalDevice
  const target = options.browserWindow ?? createFakeBrowserWindow().browserWindow
  const browserBack = createBrowserBack({ router, history, isPersonalDevice, target })
  const shell = createKioskShell({ pinia, router, history, homePath, browserBack, isPersonalDevice })
  const wrapper = mount(App, {
    attachTo: document.body,
    global: {
      plugins: [pinia, createKioskI18n('en'), router],
      provide: { [kioskShellKey as symbol]: shell, [browserBackKey as symbol]: browserBack },
    },
  })
  await router.isReady()
  await flushPromises()
  return { wrapper, pinia, router, history, shell, browserBack }
}

export type KioskWrapper = Awaited<ReturnType<typeof mountKiosk>>['wrapper']

/**
 * Stubs the API with `respond`, opens the kiosk and taps the buttons named in `taps`, one after the
 * other. `calls(operation)` lists the variables each request for that operation was sent with.
 */
export async function mountKioskAndTap(
  respond: GraphqlResponder,
  taps: readonly string[],
  options: MountKioskOptions = {},
) {
  const fetchMock = stubGraphqlFetch(respond)
  const kiosk = await mountKiosk(undefined, options)
  for (const name of taps) {
    await buttonNamed(kiosk.wrapper, name).trigger('click')
    await flushPromises()
  }
  return { ...kiosk, calls: operationCalls(fetchMock) }
}

/** The text a screen reader reads from an element: aria-hidden parts left out, white space collapsed. */
export function readableText(element: Element): string {
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach(hidden => hidden.remove())
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim()
}

// Enough of the accessible-name rules for our buttons: aria-labelledby, aria-label, then the text.
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby')
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map(id => {
        const labelling = document.getElementById(id)
        return labelling ? readableText(labelling) : ''
      })
      .join(' ')
  }
  return element.getAttribute('aria-label') ?? readableText(element)
}

/**
 * The button with this accessible name, as a person (or a browser test) would find it. A tile is
 * named by its title and then its description, so a name that starts with `name` and a space counts.
 */
export function buttonNamed(wrapper: ReturnType<typeof mount>, name: string) {
  const button = wrapper.findAll('button').find(candidate => {
    const actual = accessibleName(candidate.element)
    return actual === name || actual.startsWith(`${name} `)
  })
  if (!button) {
    throw new Error(`No button named "${name}"`)
  }
  return button
}
