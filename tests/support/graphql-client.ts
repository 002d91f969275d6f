/** A minimal GraphQL caller for arranging and checking scenarios; keeps the session cookie like a browser. */
export class GraphQLClient {
  private cookie: string | null = null

  constructor(private readonly baseUrl: string) {}

  /** @throws when the response carries errors or no data, with the errors in the message. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie === null ? {} : { cookie: this.cookie }),
      },
      body: JSON.stringify({ query, variables }),
    })
    for (const header of response.headers.getSetCookie()) {
      this.cookie = header.split(';')[0] ?? null
    }
    const body = (await response.json()) as { data?: T | null; errors?: unknown[] }
    if (body.errors !== undefined || body.data == null) {
      throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`)
    }
    return body.data
  }
}
