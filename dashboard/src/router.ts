import type { Role } from '@conduct-desk/shared'
import {
  createRouter,
  createWebHistory,
  type RouteLocationRaw,
  type Router,
  type RouterHistory,
} from 'vue-router'
import { config } from './config'
import { accountsRoutes } from './features/accounts/accounts.routes'
import { announcementsRoute } from './features/announcements/announcements.routes'
import { auditEntriesRoutes } from './features/audit-entries/audit-entries.routes'
import { casesRoutes } from './features/cases/cases.routes'
import { contactsRoute } from './features/contacts/contacts.routes'
import {
  eventSetupRoute,
  eventsDetailsRoute,
  eventsPhotoConsentRoute,
  eventsQuietRoomRoute,
  eventsRoutes,
} from './features/events/events.routes'
import { kiosksRoute } from './features/kiosks/kiosks.routes'
import { meetingsRoutes } from './features/meetings/meetings.routes'
import { officeHoursRoute } from './features/office-hours/office-hours.routes'
import { policiesRoute } from './features/policies/policies.routes'
import { readinessRoute } from './features/readiness/readiness.routes'
import { teamRoute } from './features/team/team.routes'
import TransparencyHomePanel from './features/transparency/TransparencyHomePanel.vue'
import { transparencyRoutes } from './features/transparency/transparency.routes'
import { workingGroupContactsRoutes } from './features/working-group-contacts/working-group-contacts.routes'
import { eventIdParam, mayVisit } from './shell/route-access'
import { useSessionStore } from './shell/session.store'
import { shellRoutes } from './shell/shell.routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page's title, for document.title. */
    titleKey: string
    /** Reachable without signing in. */
    public?: boolean
    /** Signed-in viewers are sent home instead (the sign-in page). */
    guestOnly?: boolean
    /** Only viewers holding one of these roles (for any event). Unset: any signed-in viewer. */
    roles?: readonly Role[]
    /** 'public': the narrow, navigation-free frame of sign-in and invitations. */
    layout?: 'app' | 'public'
    /** A section of a frame page (event setup): listed in the frame's own navigation. */
    section?: boolean
  }
}

/**
 * The app's router: web history under /dashboard/, the feature route tables, and the one guard that
 * checks every route's meta. Tests pass a memory history.
 */
export function createAppRouter(history: RouterHistory = createWebHistory(config.baseUrl)): Router {
  const router = createRouter({
    history,
    routes: [
      // The home's event cards carry the transparency numbers for the event's chairs and organizers.
      ...eventsRoutes(TransparencyHomePanel),
      // The setup sections, in the order the frame lists them: readiness first, it links to the rest.
      eventSetupRoute([
        readinessRoute,
        eventsDetailsRoute,
        contactsRoute,
        teamRoute,
        policiesRoute,
        eventsPhotoConsentRoute,
        eventsQuietRoomRoute,
        officeHoursRoute,
        announcementsRoute,
        kiosksRoute,
      ]),
      ...meetingsRoutes,
      ...casesRoutes,
      ...transparencyRoutes,
      ...auditEntriesRoutes,
      ...workingGroupContactsRoutes,
      ...accountsRoutes,
      ...shellRoutes,
    ],
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })

  // The one guard: every route's meta is checked here and nowhere else.
  router.beforeEach(async (to): Promise<true | RouteLocationRaw> => {
    const session = useSessionStore()
    try {
      await session.hydrate()
    } catch {
      // Server unreachable: carry on as signed out; the sign-in form reports the network problem.
    }
    if (to.meta.guestOnly === true && session.isSignedIn) {
      return { name: 'events-list' }
    }
    if (mayVisit(to.meta, session, eventIdParam(to.params))) {
      return true
    }
    if (!session.isSignedIn) {
      return { name: 'accounts-sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    }
    // Signed in, but not with a role this page needs: say so, never a silent trip home.
    return { name: 'shell-not-allowed', query: { from: to.fullPath } }
  })

  return router
}
