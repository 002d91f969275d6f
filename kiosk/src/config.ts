/**
 * The kiosk's configuration: the only module that reads `import.meta.env` (STYLE §8.14). Values are
 * checked once at startup so a bad build fails loudly instead of, say, never clearing the screen.
 */
export interface KioskConfig {
  /** Where GraphQL requests go; same origin by default. */
  readonly graphqlUrl: string
  /** The path the server serves the app under, with a trailing slash (`/kiosk/`). */
  readonly basePath: string
  readonly idleResetSeconds: number
  readonly idleWarningSeconds: number
  readonly eventRefreshSeconds: number
  readonly requestTimeoutSeconds: number
  /**
   * A built app registers the enrolled kiosk's service worker (`dist/sw.js`, ADR 0011); the dev
   * server has none to register.
   */
  readonly hasServiceWorker: boolean
}

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') {
    return fallback
  }
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a whole number of seconds above 0, got "${raw}"`)
  }
  return value
}

/** Parses raw variables; exported so the rules can be tested without a build. */
export function parseConfig(
  env: ImportMetaEnv & { readonly BASE_URL: string; readonly PROD?: boolean },
): KioskConfig {
  const idleResetSeconds = positiveInteger('VITE_IDLE_RESET_SECONDS', env.VITE_IDLE_RESET_SECONDS, 90)
  const idleWarningSeconds = positiveInteger('VITE_IDLE_WARNING_SECONDS', env.VITE_IDLE_WARNING_SECONDS, 15)
  if (idleWarningSeconds >= idleResetSeconds) {
    throw new Error('VITE_IDLE_WARNING_SECONDS must be smaller than VITE_IDLE_RESET_SECONDS')
  }
  return Object.freeze({
    graphqlUrl: env.VITE_GRAPHQL_URL?.trim() || '/graphql',
    basePath: env.BASE_URL.endsWith('/') ? env.BASE_URL : `${env.BASE_URL}/`,
    idleResetSeconds,
    idleWarningSeconds,
    eventRefreshSeconds: positiveInteger('VITE_EVENT_REFRESH_SECONDS', env.VITE_EVENT_REFRESH_SECONDS, 60),
    requestTimeoutSeconds: positiveInteger(
      'VITE_REQUEST_TIMEOUT_SECONDS',
      env.VITE_REQUEST_TIMEOUT_SECONDS,
      15,
    ),
    hasServiceWorker: env.PROD === true,
  })
}

export const config: KioskConfig = parseConfig(import.meta.env)
