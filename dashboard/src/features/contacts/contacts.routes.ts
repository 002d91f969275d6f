import type { RouteRecordRaw } from 'vue-router'
import { setupSectionMeta } from '@/shell/route-access'

/** A section of the event setup frame (see eventSetupRoute). */
export const contactsRoute: RouteRecordRaw = {
  path: 'contacts',
  name: 'contacts-list',
  component: () => import('./ContactsPage.vue'),
  meta: setupSectionMeta('contacts.title'),
}
