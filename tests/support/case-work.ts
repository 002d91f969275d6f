/** Steps the case-work browser tests share: a reporter's report, a responder signed in, a case's id. */
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { signInThroughDashboard } from './dashboard-sign-in.js'
import { GraphQLClient } from './graphql-client.js'
import { messages, type Locale } from './messages.js'
import type { RunningServer } from './start-server.js'

/** Signs a demo account in through the dashboard, in the browser context's language. */
export async function signIn(
  page: Page,
  server: RunningServer,
  email: string,
  locale: Locale,
): Promise<void> {
  const d = messages('dashboard', locale)
  await page.goto(`${server.url}/dashboard/`)
  await signInThroughDashboard(page, server, email, d)
  await page.getByRole('heading', { level: 1, name: d('events.list.title') }).waitFor()
}

/** A report sent from the kiosk's API, as a reporter would: returns its receipt and the event's id. */
export async function submitReport(server: RunningServer, fields: Record<string, unknown>) {
  const api = new GraphQLClient(server.url)
  const slug = server.demo()?.liveEventSlug ?? ''
  const { publicEvent } = await api.request<{ publicEvent: { id: string } }>(
    'query ($slug: String!) { publicEvent(slug: $slug) { id } }',
    { slug },
  )
  const { submitReport: receipt } = await api.request<{
    submitReport: { reference: string; passphrase: string }
  }>('mutation ($input: SubmitReportInput!) { submitReport(input: $input) { reference passphrase } }', {
    input: { eventSlug: slug, ...fields },
  })
  return { api, eventId: publicEvent.id, receipt }
}

/** The case of a receipt, found through the signed-in page's own session (inbox search by reference). */
export async function caseIdOf(page: Page, eventId: string, reference: string): Promise<string> {
  return page.evaluate(
    async ({ eventId, reference }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query ($e: ID!, $s: String!) { caseInbox(eventId: $e, filter: { search: $s }) { cases { id } } }',
          variables: { e: eventId, s: reference },
        }),
      })
      const body = (await response.json()) as { data: { caseInbox: { cases: { id: string }[] } } }
      return body.data.caseInbox.cases[0]?.id ?? ''
    },
    { eventId, reference },
  )
}

/** The demo's responders' emails: the case-work tests need two, to decide or check anything together. */
export function demoResponders(server: RunningServer): string[] {
  const emails = (server.demo()?.accounts ?? [])
    .filter(entry => entry.roles.includes('responder'))
    .map(entry => entry.email)
  expect(emails.length, server.stdout()).toBeGreaterThanOrEqual(2)
  return emails
}

/** Signs a responder in and opens the case of a receipt on their page; returns the case page's address. */
export async function openReportedCase(
  page: Page,
  server: RunningServer,
  {
    email,
    locale,
    eventId,
    reference,
  }: { email: string; locale: Locale; eventId: string; reference: string },
): Promise<string> {
  await signIn(page, server, email, locale)
  const caseId = await caseIdOf(page, eventId, reference)
  expect(caseId).not.toBe('')
  const caseUrl = `${server.url}/dashboard/events/${eventId}/cases/${caseId}`
  await page.goto(caseUrl)
  return caseUrl
}
