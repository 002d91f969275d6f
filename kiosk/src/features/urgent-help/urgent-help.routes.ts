import type { RouteRecordRaw } from 'vue-router'
import UrgentHelpPage from './UrgentHelpPage.vue'

export const urgentHelpRoutes: RouteRecordRaw[] = [
  { path: '/e/:slug/help-now', name: 'urgent-help-answer', component: UrgentHelpPage, props: true },
]
