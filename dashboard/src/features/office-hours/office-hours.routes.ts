import { Role } from '@conduct-desk/shared'
import type { RouteRecordRaw } from 'vue-router'
import { setupSectionMeta } from '@/shell/route-access'

/**
 * A section of the event setup frame (see eventSetupRoute). Responders set office hours up too
 * (DESIGN §1, the server allows them), so this section opens to them; the other sections do not.
 */
export const officeHoursRoute: RouteRecordRaw = {
  path: 'office-hours',
  name: 'office-hours-setup',
  component: () => import('./OfficeHoursPage.vue'),
  meta: setupSectionMeta('officeHours.title', [Role.Admin, Role.Organizer, Role.Responder]),
}
