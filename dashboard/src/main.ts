import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n, preferredLocale } from './i18n'
import { createAppRouter } from './router'
import { watchSessionExpiry } from './shell/session-expiry'
import './styles/main.css'

const app = createApp(App)
app.use(createPinia())
app.use(createAppI18n(preferredLocale()))
const router = createAppRouter()
app.use(router)
watchSessionExpiry(router)

// Mount once the first navigation (and the session check it waits for) is settled, so the page
// never flashes the wrong frame.
void router.isReady().then(() => app.mount('#app'))
