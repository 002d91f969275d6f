/** A minimal GraphQL caller for arranging and checking scenarios; keeps its cookies like a browser. */
export class GraphQLClient {
  private readonly cookies = new Map<string, string>()

  constructor(private readonly baseUrl: string) {}

  /** @throws when the response carries errors or no data, with the errors in the message. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookies.size === 0
          ? {}
          : { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }),
      },
      body: JSON.stringify({ query, variables }),
    })
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? ''
      const name = pair.slice(0, pair.indexOf('='))
      if (header.includes('Max-Age=0')) {
        this.cookies.delete(name)
      } else {
        this.cookies.set(name, pair.slice(name.length + 1))
      }
    }
    const body = (await response.json()) as { data?: T | null; errors?: unknown[] }
    if (body.errors !== undefined || body.data == null) {
      throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`)
    }
    return body.data
  }
}
