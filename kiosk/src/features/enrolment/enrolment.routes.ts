import type { RouteRecordRaw } from 'vue-router'
import EnrolmentPage from './EnrolmentPage.vue'

// Reached only when the kiosk is opened at /kiosk/enrol (read once at boot): there is no button to it.
export const enrolmentRoutes: RouteRecordRaw[] = [
  { path: '/enrol', name: 'enrolment-code', component: EnrolmentPage },
]
