/**
 * The only reader of `import.meta.env` (STYLE §8.14): what the build knows about where the app lives.
 */
export const config = {
  /** '/dashboard/' in every build; the router's history and links hang off it. */
  baseUrl: import.meta.env.BASE_URL,
  /** Same origin as the app: the session cookie is SameSite=Strict and HttpOnly. */
  graphqlUrl: '/graphql',
  /** Same origin: uploads that stream (contact photos) go here, outside GraphQL. */
  apiUrl: '/api',
  isDev: import.meta.env.DEV,
} as const
