import { nextTick, onScopeDispose, watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { START_LOCATION, useRoute, useRouter } from 'vue-router'

/**
 * What a full page load gives for free and a single-page app must do itself: the document title
 * names the page (in the current language), and after moving to another page, focus goes to its
 * h1 so screen-reader and keyboard users start there instead of on a link that no longer exists.
 * Moving between the sections of one frame (e.g. event setup) focuses the section's heading.
 */
export function usePageTitleAndFocus(): void {
  const route = useRoute()
  const router = useRouter()
  const { t } = useI18n()

  watchEffect(() => {
    const key = route.meta.titleKey
    document.title = key ? t('app.documentTitle', { page: t(key) }) : t('app.name')
  })

  const stop = router.afterEach(async (to, from, failure) => {
    if (failure !== undefined || from === START_LOCATION || to.path === from.path) {
      return
    }
    await nextTick()
    // Between sections of one page (the event setup tabs), start at the section's own heading.
    const sameFrame = to.matched.length > 1 && to.matched[0]?.path === from.matched[0]?.path
    const heading = sameFrame
      ? document.querySelector<HTMLElement>('main [data-section-heading]')
      : document.querySelector<HTMLElement>('main h1')
    if (heading !== null) {
      heading.tabIndex = -1
      heading.focus({ preventScroll: true })
    }
  })
  onScopeDispose(stop)
}
