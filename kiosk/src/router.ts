import { createRouter, type Router, type RouterHistory } from 'vue-router'
import { contactsRoutes } from '@/features/contacts/contacts.routes'
import { enrolmentRoutes } from '@/features/enrolment/enrolment.routes'
import { useEventStore } from '@/features/events/event.store'
import { eventsRoutes } from '@/features/events/events.routes'
import { homeRoutes } from '@/features/home/home.routes'
import { officeHoursRoutes } from '@/features/office-hours/office-hours.routes'
import { policyRoutes } from '@/features/policy/policy.routes'
import { reportRoutes } from '@/features/report/report.routes'
import { transparencyRoutes } from '@/features/transparency/transparency.routes'
import { urgentHelpRoutes } from '@/features/urgent-help/urgent-help.routes'

const VUE_ROUTER_SCROLL_KEY = 'vue-router:scroll'

/** The kiosk's routes, one table per feature; names are `<feature>-<page>`. */
export function createKioskRouter(history: RouterHistory): Router {
  const router = createRouter({
    history,
    routes: [
      ...eventsRoutes,
      ...homeRoutes,
      ...contactsRoutes,
      ...policyRoutes,
      ...urgentHelpRoutes,
      ...officeHoursRoutes,
      ...reportRoutes,
      ...transparencyRoutes,
      ...enrolmentRoutes,
      { path: '/:unknown(.*)*', redirect: { name: 'events-list' } },
    ],
    // No `scrollBehavior`: with one, vue-router saves scroll positions keyed by path in sessionStorage.
  })

  // Every event screen reads the same store; entering one makes sure it holds that event.
  router.beforeEach(to => {
    const slug = to.params.slug
    if (typeof slug === 'string') {
      void useEventStore().select(slug)
    }
  })

  router.afterEach((_to, _from, failure) => {
    if (failure) {
      return
    }
    // vue-router 5 writes its scroll map ("{}" without a scrollBehavior) to sessionStorage on the
    // first and on every replacing navigation, even with memory history. The kiosk keeps nothing in
    // browser storage (SECURITY R24), so take it out again straight away.
    try {
      window.sessionStorage.removeItem(VUE_ROUTER_SCROLL_KEY)
    } catch {
      // Storage disabled: then nothing was written either.
    }
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' })
  })

  return router
}
