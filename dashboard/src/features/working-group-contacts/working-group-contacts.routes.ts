import { Role } from '@conduct-desk/shared'
import type { RouteRecordRaw } from 'vue-router'

/** Where the Working Group (or an admin) keeps how responders reach it during events. */
export const workingGroupContactsRoutes: RouteRecordRaw[] = [
  {
    path: '/working-group/contact',
    name: 'working-group-contacts-edit',
    component: () => import('./WorkingGroupContactPage.vue'),
    meta: { roles: [Role.Admin, Role.Wg], titleKey: 'workingGroupContacts.title' },
  },
]
