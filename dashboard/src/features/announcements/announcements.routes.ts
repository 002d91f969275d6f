import type { RouteRecordRaw } from 'vue-router'
import { setupSectionMeta } from '@/shell/route-access'

/** A section of the event setup frame (see eventSetupRoute). */
export const announcementsRoute: RouteRecordRaw = {
  path: 'announcements',
  name: 'announcements-scripts',
  component: () => import('./AnnouncementsPage.vue'),
  meta: setupSectionMeta('announcements.title'),
}
