import { Role } from '@conduct-desk/shared'
import type { RouteRecordRaw } from 'vue-router'

export const accountsRoutes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'accounts-sign-in',
    component: () => import('./SignInPage.vue'),
    meta: { public: true, guestOnly: true, layout: 'public', titleKey: 'accounts.signIn.title' },
  },
  {
    // After a sign-in (or an invitation) that must set up an authenticator: a pending sign-in, not a
    // session, so the page is public; the server decides who may enrol.
    path: '/two-factor',
    name: 'accounts-two-factor',
    component: () => import('./TwoFactorSetupPage.vue'),
    meta: { public: true, layout: 'public', titleKey: 'accounts.twoFactorSetup.title' },
  },
  {
    // Opened from an invitation link; the token rides in the fragment, never in the path or query.
    path: '/invitation',
    name: 'accounts-invitation',
    component: () => import('./InvitationPage.vue'),
    meta: { public: true, layout: 'public', titleKey: 'accounts.invitation.title' },
  },
  {
    path: '/invite',
    name: 'accounts-invite',
    component: () => import('./InvitePage.vue'),
    meta: { roles: [Role.Admin, Role.Organizer], titleKey: 'accounts.invite.title' },
  },
]
