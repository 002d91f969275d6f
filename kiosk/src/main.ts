import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { config } from './config'
import { createKioskI18n, pickLocale } from './i18n'
import { createKioskRouter } from './router'
import { installBfcacheGuard } from './shell/bfcache-guard'
import { bootPathFrom } from './shell/boot-location'
import { createKioskHistory } from './shell/kiosk-history'
import { createKioskShell, kioskShellKey } from './shell/kiosk-shell'
import './styles/base.css'

// The address is read once, here; from now on it never changes during a visit (SECURITY R25).
const homePath = bootPathFrom(window.location.pathname, config.basePath)
const history = createKioskHistory(homePath)
const router = createKioskRouter(history)
const pinia = createPinia()
const shell = createKioskShell({ pinia, router, history, homePath })

const app = createApp(App)
app.use(pinia)
app.use(createKioskI18n(pickLocale(navigator.languages ?? [navigator.language])))
app.provide(kioskShellKey, shell)
app.use(router)
installBfcacheGuard(shell)

void router.isReady().then(() => app.mount('#app'))
