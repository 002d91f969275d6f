import { Role } from '@conduct-desk/shared'
import type { RouteRecordRaw } from 'vue-router'

/**
 * Who works on an event's transparency report: its chairs (who present it), its organizers and
 * administrators. None of these pages shows a case's details or links into cases (DESIGN §1).
 */
export const TRANSPARENCY_ROLES: readonly Role[] = [Role.Chair, Role.Organizer, Role.Admin]

export const transparencyRoutes: RouteRecordRaw[] = [
  {
    path: '/events/:eventId/closing-ceremony',
    name: 'transparency-ceremony',
    component: () => import('./ClosingCeremonyPage.vue'),
    meta: { roles: TRANSPARENCY_ROLES, titleKey: 'transparency.ceremony.title' },
  },
  {
    path: '/events/:eventId/transparency-report',
    name: 'transparency-builder',
    component: () => import('./TransparencyReportPage.vue'),
    meta: { roles: TRANSPARENCY_ROLES, titleKey: 'transparency.builder.title' },
  },
]
