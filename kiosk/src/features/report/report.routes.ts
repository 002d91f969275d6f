import type { RouteLocationNormalized, RouteLocationRaw, RouteRecordRaw } from 'vue-router'
import ReportFollowUpPage from './ReportFollowUpPage.vue'
import ReportFormPage from './ReportFormPage.vue'
import ReportReceiptPage from './ReportReceiptPage.vue'
import { useReportStore } from './report.store'

/** The receipt shows the report just sent; with none (Done, or wiped) there is nothing to show. */
function needsReceipt(to: RouteLocationNormalized): true | RouteLocationRaw {
  return useReportStore().receipt ? true : { name: 'report-form', params: { slug: String(to.params.slug) } }
}

export const reportRoutes: RouteRecordRaw[] = [
  { path: '/e/:slug/report', name: 'report-form', component: ReportFormPage, props: true },
  {
    path: '/e/:slug/report/sent',
    name: 'report-receipt',
    component: ReportReceiptPage,
    props: true,
    beforeEnter: needsReceipt,
  },
  { path: '/e/:slug/report/follow-up', name: 'report-follow-up', component: ReportFollowUpPage, props: true },
]
