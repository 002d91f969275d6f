import type { RouteRecordRaw } from 'vue-router'
import { setupSectionMeta } from '@/shell/route-access'

/** A section of the event setup frame (see eventSetupRoute): who is on the team, and appointments. */
export const teamRoute: RouteRecordRaw = {
  path: 'team',
  name: 'team-members',
  component: () => import('./TeamPage.vue'),
  meta: setupSectionMeta('team.title'),
}
