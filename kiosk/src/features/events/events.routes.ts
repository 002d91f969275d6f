import type { RouteRecordRaw } from 'vue-router'
import EventsListPage from './EventsListPage.vue'

// Pages are imported eagerly: when the network drops, a lazy chunk could not load either, and the
// contacts must stay reachable from whatever the screen already holds.
export const eventsRoutes: RouteRecordRaw[] = [{ path: '/', name: 'events-list', component: EventsListPage }]
