import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'

/** Names the browser tab / window after the screen, for screen readers and the task switcher. */
export function usePageTitle(page: () => string | null | undefined): void {
  const { t } = useI18n()
  watchEffect(() => {
    const title = page()
    document.title = title ? `${title} · ${t('layout.brand')}` : t('layout.brand')
  })
}
