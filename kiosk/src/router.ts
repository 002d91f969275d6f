import { createRouter, type Router, type RouterHistory } from 'vue-router'
import { contactsRoutes } from '@/features/contacts/contacts.routes'
import { useEventStore } from '@/features/events/event.store'
import { eventsRoutes } from '@/features/events/events.routes'
import { homeRoutes } from '@/features/home/home.routes'

/** The kiosk's routes, one table per feature; names are `<feature>-<page>`. */
export function createKioskRouter(history: RouterHistory): Router {
  const router = createRouter({
    history,
    routes: [
      ...eventsRoutes,
      ...homeRoutes,
      ...contactsRoutes,
      { path: '/:unknown(.*)*', redirect: { name: 'events-list' } },
    ],
    scrollBehavior: () => ({ top: 0 }),
  })

  // Every event screen reads the same store; entering one makes sure it holds that event.
  router.beforeEach(to => {
    const slug = to.params.slug
    if (typeof slug === 'string') {
      void useEventStore().select(slug)
    }
  })

  return router
}
