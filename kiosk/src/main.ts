import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { config } from './config'
import { useEnrolmentStore } from './features/enrolment/enrolment.store'
import { useEventStore } from './features/events/event.store'
import { createKioskI18n, pickLocale } from './i18n'
import { createKioskRouter } from './router'
import { installBfcacheGuard } from './shell/bfcache-guard'
import { asksThisKiosk, bootPathFrom, homePathFor } from './shell/boot-location'
import { browserBackKey, createBrowserBack } from './shell/browser-back'
import { createKioskHistory } from './shell/kiosk-history'
import { createKioskShell, kioskShellKey } from './shell/kiosk-shell'
import { installOfflineCopySwitch } from './service-worker/offline-copy-switch'
import './styles/base.css'

/** How long the first screen waits to learn whether this is an enrolled kiosk; a late answer still counts. */
const ENROLMENT_CHECK_WAIT_MS = 3000

async function boot(): Promise<void> {
  // The address is read once, here; from now on it never changes during a visit (SECURITY R25).
  const bootPath = bootPathFrom(window.location.pathname, config.basePath)
  const pinia = createPinia()

  // An enrolled kiosk opens its own event. Wait briefly for the answer, so it does not flash another
  // screen first, but never leave a phone on a blank page because the server is slow.
  const enrolment = useEnrolmentStore(pinia)
  const checking = asksThisKiosk(bootPath) ? enrolment.check() : Promise.resolve()
  await Promise.race([checking, new Promise(resolve => setTimeout(resolve, ENROLMENT_CHECK_WAIT_MS))])
  const enrolledHome = () => homePathFor(bootPath, enrolment.enrolment?.eventSlug ?? null)

  const homePath = enrolledHome()
  const history = createKioskHistory(homePath)
  const router = createKioskRouter(history)
  const isPersonalDevice = () => enrolment.isPersonalDevice
  const browserBack = createBrowserBack({ router, history, isPersonalDevice })
  const shell = createKioskShell({ pinia, router, history, homePath, browserBack, isPersonalDevice })

  const app = createApp(App)
  app.use(pinia)
  app.use(createKioskI18n(pickLocale(navigator.languages ?? [navigator.language])))
  app.provide(kioskShellKey, shell)
  app.provide(browserBackKey, browserBack)
  app.use(router)
  installBfcacheGuard(shell)

  await router.isReady()
  app.mount('#app')

  if (config.hasServiceWorker) {
    installOfflineCopySwitch({
      isEnrolledKiosk: () => enrolment.enrolment !== null,
      isPersonalDevice,
      onControlled: () => {
        void enrolment.check()
        void useEventStore(pinia).refresh()
      },
    })
  }

  // The answer came after the wait: move to the enrolled event now.
  await checking
  if (enrolledHome() !== shell.homePath) {
    await shell.rehome(enrolledHome())
  }

  // A screen that started without an answer (the network was down) asks again when it comes back.
  window.addEventListener('online', () => {
    if (enrolment.checkStatus === 'unknown' && asksThisKiosk(bootPath)) {
      void enrolment
        .check()
        .then(() => (enrolledHome() !== shell.homePath ? shell.rehome(enrolledHome()) : undefined))
    }
  })
}

void boot()
