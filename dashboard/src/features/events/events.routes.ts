import { Role } from '@conduct-desk/shared'
import type { RouteRecordRaw } from 'vue-router'
import EventsPage from './EventsPage.vue'

export const eventsRoutes: RouteRecordRaw[] = [
  {
    // Home: loaded eagerly, it is where everyone lands after signing in.
    path: '/',
    name: 'events-list',
    component: EventsPage,
    meta: { titleKey: 'events.list.title' },
  },
  {
    path: '/events/new',
    name: 'events-new',
    component: () => import('./NewEventPage.vue'),
    meta: { roles: [Role.Admin], titleKey: 'events.new.title' },
  },
]
