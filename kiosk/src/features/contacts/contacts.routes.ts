import type { RouteRecordRaw } from 'vue-router'
import ContactsPage from './ContactsPage.vue'

export const contactsRoutes: RouteRecordRaw[] = [
  { path: '/e/:slug/contacts', name: 'contacts-directory', component: ContactsPage, props: true },
]
