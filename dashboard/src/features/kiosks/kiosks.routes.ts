import type { RouteRecordRaw } from 'vue-router'
import { setupSectionMeta } from '@/shell/route-access'

/** A section of the event setup frame (see eventSetupRoute). */
export const kiosksRoute: RouteRecordRaw = {
  path: 'kiosks',
  name: 'kiosks-devices',
  component: () => import('./KiosksPage.vue'),
  meta: setupSectionMeta('kiosks.title'),
}
