import type { RouteRecordRaw } from 'vue-router'
import { setupSectionMeta } from '@/shell/route-access'

/** A section of the event setup frame (see eventSetupRoute). */
export const policiesRoute: RouteRecordRaw = {
  path: 'policy',
  name: 'policies-policy',
  component: () => import('./PolicyPage.vue'),
  meta: setupSectionMeta('policies.title'),
}
