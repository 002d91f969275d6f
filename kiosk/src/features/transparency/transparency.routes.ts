import type { RouteRecordRaw } from 'vue-router'
import TransparencyReportPage from './TransparencyReportPage.vue'

/**
 * `eventSlug`, not `slug`: the router loads the event store for any `slug`, and a past edition is no
 * public event any more, while its report stays public.
 */
export const transparencyRoutes: RouteRecordRaw[] = [
  {
    path: '/e/:eventSlug/transparency',
    name: 'transparency-report',
    component: TransparencyReportPage,
    props: true,
  },
]
