import type { SessionViewerFieldsFragment } from '@/graphql/generated/graphql'

/** A signed-in viewer for tests; pass the roles the test is about. */
export function viewer(roles: SessionViewerFieldsFragment['roles'] = []): SessionViewerFieldsFragment {
  return { id: 'acc-1', email: 'amara.okafor@example.org', name: 'Amara Okafor', roles }
}
