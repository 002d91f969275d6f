import { Role } from '@conduct-desk/shared'
import type { RouteRecordRaw } from 'vue-router'

/** The responders' list of booked meetings of one event (only responders see bookings, DESIGN §1). */
export const meetingsRoutes: RouteRecordRaw[] = [
  {
    path: '/events/:eventId/meetings',
    name: 'meetings-list',
    component: () => import('./MeetingsPage.vue'),
    meta: { roles: [Role.Responder], titleKey: 'meetings.title' },
  },
]
