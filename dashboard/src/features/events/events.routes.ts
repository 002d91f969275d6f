import { Role } from '@conduct-desk/shared'
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { EVENT_SETUP_ROLES, setupSectionMeta } from '@/shell/route-access'
import EventsPage from './EventsPage.vue'

/**
 * Home and new event. `cardPanel`, from another feature (composed in router.ts), is drawn in each
 * event's card with `eventId`, `eventName` and the viewer's `roles` there, and decides itself
 * whether it shows anything (the transparency report's numbers for the event's chairs).
 */
export const eventsRoutes = (cardPanel?: Component): RouteRecordRaw[] => [
  {
    // Home: loaded eagerly, it is where everyone lands after signing in.
    path: '/',
    name: 'events-list',
    component: EventsPage,
    props: { cardPanel },
    meta: { titleKey: 'events.list.title' },
  },
  {
    path: '/events/new',
    name: 'events-new',
    component: () => import('./NewEventPage.vue'),
    meta: { roles: [Role.Admin], titleKey: 'events.new.title' },
  },
]

/**
 * The event setup frame, `/events/:eventId/setup/<section>`: each child is one section, listed in
 * the frame's side navigation in this order. Sections come from their own features (router.ts).
 * The frame's `roles` are who may set the event up (the "Set up" link asks them); a section may
 * name other roles (office hours: responders too), and the guard checks the section's.
 */
export function eventSetupRoute(sections: RouteRecordRaw[]): RouteRecordRaw {
  return {
    path: '/events/:eventId/setup',
    component: () => import('./EventSetupPage.vue'),
    meta: { roles: EVENT_SETUP_ROLES, titleKey: 'events.setup.title' },
    children: [
      {
        path: '',
        name: 'events-setup',
        redirect: to => ({ name: 'readiness-checklist', params: to.params }),
      },
      ...sections,
    ],
  }
}

export const eventsDetailsRoute: RouteRecordRaw = {
  path: 'details',
  name: 'events-details',
  component: () => import('./EventDetailsPage.vue'),
  meta: setupSectionMeta('events.details.title'),
}

export const eventsPhotoConsentRoute: RouteRecordRaw = {
  path: 'photo-consent',
  name: 'events-photo-consent',
  component: () => import('./PhotoConsentPage.vue'),
  meta: setupSectionMeta('events.photoConsent.title'),
}

export const eventsQuietRoomRoute: RouteRecordRaw = {
  path: 'quiet-room',
  name: 'events-quiet-room',
  component: () => import('./QuietRoomPage.vue'),
  meta: setupSectionMeta('events.quietRoom.title'),
}
