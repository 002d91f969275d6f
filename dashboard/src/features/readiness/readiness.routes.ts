import type { RouteRecordRaw } from 'vue-router'
import { setupSectionMeta } from '@/shell/route-access'

/** A section of the event setup frame (see eventSetupRoute). */
export const readinessRoute: RouteRecordRaw = {
  path: 'readiness',
  name: 'readiness-checklist',
  component: () => import('./ReadinessPage.vue'),
  meta: setupSectionMeta('readiness.title'),
}
