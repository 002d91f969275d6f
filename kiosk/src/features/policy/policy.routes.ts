import type { RouteRecordRaw } from 'vue-router'
import PolicyPage from './PolicyPage.vue'

export const policyRoutes: RouteRecordRaw[] = [
  { path: '/e/:slug/code-of-conduct', name: 'policy-code-of-conduct', component: PolicyPage, props: true },
]
