import { Role } from '@conduct-desk/shared'
import type { RouteRecordRaw } from 'vue-router'

/** The audit log, for those who oversee the teams (SECURITY R39): filters ride in the query string. */
export const auditEntriesRoutes: RouteRecordRaw[] = [
  {
    path: '/audit',
    name: 'audit-entries-list',
    component: () => import('./AuditEntriesPage.vue'),
    meta: { roles: [Role.Admin, Role.Wg], titleKey: 'auditEntries.title' },
  },
]
