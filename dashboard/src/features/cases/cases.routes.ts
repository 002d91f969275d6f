import { Role } from '@conduct-desk/shared'
import type { RouteRecordRaw } from 'vue-router'

/** The responders' case inbox of one event, one case, and the on-site report form (DESIGN §2). */
export const casesRoutes: RouteRecordRaw[] = [
  {
    path: '/events/:eventId/cases',
    name: 'cases-inbox',
    component: () => import('./CasesPage.vue'),
    meta: { roles: [Role.Responder], titleKey: 'cases.inbox.title' },
  },
  {
    // Before `:caseId`, so "new-on-site" is never read as a case id.
    path: '/events/:eventId/cases/new-on-site',
    name: 'cases-on-site',
    component: () => import('./OnSiteReportPage.vue'),
    meta: { roles: [Role.Responder], titleKey: 'cases.onSite.title' },
  },
  {
    path: '/events/:eventId/cases/:caseId',
    name: 'cases-case',
    component: () => import('./CasePage.vue'),
    meta: { roles: [Role.Responder], titleKey: 'cases.case.title' },
  },
]
