import type { RouteRecordRaw } from 'vue-router'

export const shellRoutes: RouteRecordRaw[] = [
  {
    // Where the guard sends someone signed in to a page their roles do not open; `from` names it.
    path: '/not-allowed',
    name: 'shell-not-allowed',
    component: () => import('./NotAllowedPage.vue'),
    meta: { titleKey: 'shell.notAllowed.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'shell-not-found',
    component: () => import('./NotFoundPage.vue'),
    meta: { titleKey: 'shell.notFound.title' },
  },
]
