import type { Page } from 'playwright-core'
import type { GraphQLClient } from './graphql-client.js'
import type { RunningServer } from './start-server.js'
import { demoCode } from './two-factor-codes.js'

type Messages = (key: string, values?: Record<string, string>) => string

/**
 * Signs a demo account in through the dashboard's sign-in page, both steps: the printed demo
 * password, then a fresh code from the account's authenticator key (demo-credentials.txt). Starts
 * on the sign-in page; returns once the code was sent.
 */
export async function signInThroughDashboard(
  page: Page,
  server: RunningServer,
  email: string,
  t: Messages,
): Promise<void> {
  await page.getByRole('heading', { level: 1, name: t('accounts.signIn.title') }).waitFor()
  await page.getByLabel(t('accounts.signIn.email'), { exact: true }).fill(email)
  await page.getByLabel(t('accounts.signIn.password'), { exact: true }).fill(server.demo()?.password ?? '')
  await page.getByRole('button', { name: t('accounts.signIn.submit'), exact: true }).click()
  const code = page.getByLabel(t('accounts.secondFactor.code'), { exact: true })
  await code.fill(await demoCode(server.dataDir, email))
  await page.getByRole('button', { name: t('accounts.secondFactor.submit'), exact: true }).click()
}

/** Signs a demo account in on an API client, both steps. @throws when either step fails */
export async function signInThroughApi(client: GraphQLClient, server: RunningServer, email: string) {
  await client.request('mutation ($input: SignInInput!) { signIn(input: $input) { step } }', {
    input: { email, password: server.demo()?.password ?? '' },
  })
  await client.request('mutation ($code: String!) { verifySecondFactor(input: { code: $code }) { step } }', {
    code: await demoCode(server.dataDir, email),
  })
}
