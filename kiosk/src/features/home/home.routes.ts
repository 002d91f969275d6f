import type { RouteRecordRaw } from 'vue-router'
import HomePage from './HomePage.vue'

export const homeRoutes: RouteRecordRaw[] = [
  { path: '/e/:slug', name: 'home-attract', component: HomePage, props: true },
]
