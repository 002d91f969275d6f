import type { RouteLocationNormalized, RouteLocationRaw, RouteRecordRaw } from 'vue-router'
import OfficeHoursBookPage from './OfficeHoursBookPage.vue'
import OfficeHoursConfirmPage from './OfficeHoursConfirmPage.vue'
import OfficeHoursManagePage from './OfficeHoursManagePage.vue'
import OfficeHoursReceiptPage from './OfficeHoursReceiptPage.vue'
import { useBookingStore } from './booking.store'
import { useOfficeHoursStore } from './office-hours.store'

const slugOf = (to: RouteLocationNormalized): string => String(to.params.slug)

/** The list of times is asked for again each time it is shown: times get taken all day long. */
function loadSlots(to: RouteLocationNormalized): void {
  void useOfficeHoursStore().load(slugOf(to))
}

/** A time to confirm must be one the list offered; otherwise start from the list. */
function needsSlot(listName: string) {
  return (to: RouteLocationNormalized): true | RouteLocationRaw =>
    useOfficeHoursStore().slots.some(slot => slot.id === to.params.slotId)
      ? true
      : { name: listName, params: { slug: slugOf(to) } }
}

/** The receipt shows the code just booked; with none (already left, or wiped) there is nothing to show. */
function needsReceipt(to: RouteLocationNormalized): true | RouteLocationRaw {
  return useBookingStore().receipt ? true : { name: 'office-hours-book', params: { slug: slugOf(to) } }
}

/** Moving needs a booking found by its code first. */
function needsBooking(to: RouteLocationNormalized): true | RouteLocationRaw {
  return useBookingStore().managed ? true : { name: 'office-hours-manage', params: { slug: slugOf(to) } }
}

export const officeHoursRoutes: RouteRecordRaw[] = [
  {
    path: '/e/:slug/meet',
    name: 'office-hours-book',
    component: OfficeHoursBookPage,
    props: to => ({ slug: slugOf(to), mode: 'book' }),
    beforeEnter: loadSlots,
  },
  {
    path: '/e/:slug/meet/time/:slotId',
    name: 'office-hours-confirm',
    component: OfficeHoursConfirmPage,
    props: to => ({ slug: slugOf(to), slotId: String(to.params.slotId), mode: 'book' }),
    beforeEnter: needsSlot('office-hours-book'),
  },
  {
    path: '/e/:slug/meet/booked',
    name: 'office-hours-receipt',
    component: OfficeHoursReceiptPage,
    props: true,
    beforeEnter: needsReceipt,
  },
  {
    path: '/e/:slug/meet/code',
    name: 'office-hours-manage',
    component: OfficeHoursManagePage,
    props: true,
  },
  {
    path: '/e/:slug/meet/move',
    name: 'office-hours-move',
    component: OfficeHoursBookPage,
    props: to => ({ slug: slugOf(to), mode: 'move' }),
    beforeEnter: [needsBooking, loadSlots],
  },
  {
    path: '/e/:slug/meet/move/:slotId',
    name: 'office-hours-move-confirm',
    component: OfficeHoursConfirmPage,
    props: to => ({ slug: slugOf(to), slotId: String(to.params.slotId), mode: 'move' }),
    beforeEnter: [needsBooking, needsSlot('office-hours-move')],
  },
]
