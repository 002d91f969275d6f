import type { RouteRecordRaw } from 'vue-router'

export const shellRoutes: RouteRecordRaw[] = [
  {
    path: '/:pathMatch(.*)*',
    name: 'shell-not-found',
    component: () => import('./NotFoundPage.vue'),
    meta: { titleKey: 'shell.notFound.title' },
  },
]
