import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { pickLocale, type Locale } from '@/i18n'

/** One visitor's session at the screen: their chosen language and what the kiosk did for them. */
export const useKioskSessionStore = defineStore('kiosk-session', () => {
  // The screen's own language preference, so the next visitor starts where the kiosk is set up.
  const defaultLocale = (): Locale => pickLocale(navigator.languages ?? [navigator.language])

  const locale = ref<Locale>(defaultLocale())
  /** Set once the event list opened the only live event, so "Other events" does not bounce back. */
  const hasAutoOpenedEvent = ref(false)

  function setLocale(next: Locale): void {
    locale.value = next
  }

  function markAutoOpened(): void {
    hasAutoOpenedEvent.value = true
  }

  function reset(): void {
    locale.value = defaultLocale()
    hasAutoOpenedEvent.value = false
  }

  return { locale, hasAutoOpenedEvent, setLocale, markAutoOpened, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useKioskSessionStore, import.meta.hot))
}
