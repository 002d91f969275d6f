import { ErrorCode, readApiErrorDetails, type ErrorReason } from '@conduct-desk/shared'
import { config } from '@/config'
import type { TypedDocumentString } from './generated/graphql'

/** Not an API error code: the request never got an answer (offline, server down, bad gateway). */
export const NETWORK_ERROR = 'NETWORK_ERROR'

/** One error of a GraphQL answer, or a failed request, with the stable `extensions.code`. */
export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    message: string,
    /** An `ErrorCode` from @conduct-desk/shared, or NETWORK_ERROR. Other strings are Apollo's own. */
    readonly code: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message)
  }

  /** Which situation the server refused, when it says (a reason of `@conduct-desk/shared`). */
  get reason(): ErrorReason | null {
    return readApiErrorDetails(this.extensions).reason
  }

  /** The input field the server blamed (BAD_USER_INPUT), if any. */
  get field(): string | undefined {
    const field = this.extensions['field']
    return typeof field === 'string' ? field : undefined
  }

  /** Seconds to wait before trying again (RATE_LIMITED). */
  get retryAfterSeconds(): number | undefined {
    const seconds = this.extensions['retryAfterSeconds']
    return typeof seconds === 'number' && Number.isFinite(seconds)
      ? Math.max(1, Math.ceil(seconds))
      : undefined
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code)
}

/** Whatever a request threw, as an ApiError: anything else (a bug, a browser quirk) is unexpected. */
export function toApiError(caught: unknown): ApiError {
  return caught instanceof ApiError
    ? caught
    : new ApiError('Unexpected failure.', ErrorCode.InternalServerError)
}

interface GraphQLAnswer<TResult> {
  data?: TResult | null
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

type VariablesArgs<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables]

type UnauthenticatedListener = () => void
const unauthenticatedListeners = new Set<UnauthenticatedListener>()

/**
 * Called whenever an operation answers UNAUTHENTICATED: the session expired or was ended elsewhere
 * (SECURITY R18). The shell decides what that means; sign-in's own "wrong password" answer goes to
 * listeners too, so they must check whether anyone was signed in.
 * @returns a function that removes the listener
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener)
  return () => unauthenticatedListeners.delete(listener)
}

/** Asks the person to confirm who they are; resolves true once they did, false if they gave up. */
type ReauthHandler = () => Promise<boolean>
let reauthHandler: ReauthHandler | null = null

/**
 * Who answers REAUTH_REQUIRED (SECURITY R19): the shell's dialog. With a handler, `execute` waits for
 * the confirmation and sends the same operation once more, so no feature handles step-up itself.
 */
export function setReauthHandler(handler: ReauthHandler | null): void {
  reauthHandler = handler
}

/**
 * Runs one typed operation: POST as JSON to the same origin, with the session cookie. Resolves with
 * `data`, or throws the first error as an ApiError. No batching: the server turns it off (R3). A
 * sensitive action that needs a fresh confirmation (REAUTH_REQUIRED) is sent again once the person
 * confirmed it is them; the first answer changed nothing on the server.
 * @throws ApiError
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgs<TVariables>
): Promise<TResult> {
  try {
    return await send(document, variables)
  } catch (error) {
    if (!isApiError(error, ErrorCode.ReauthRequired) || reauthHandler === null || !(await reauthHandler())) {
      throw error
    }
    return send(document, variables)
  }
}

async function send<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | undefined,
): Promise<TResult> {
  let response: Response
  try {
    response = await fetch(config.graphqlUrl, {
      method: 'POST',
      credentials: 'same-origin',
      // Apollo's CSRF prevention accepts JSON bodies only with this content type.
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    })
  } catch {
    throw new ApiError('The server could not be reached.', NETWORK_ERROR)
  }
  let answer: GraphQLAnswer<TResult>
  try {
    answer = (await response.json()) as GraphQLAnswer<TResult>
  } catch {
    throw new ApiError(`The server answered ${response.status} without GraphQL.`, NETWORK_ERROR)
  }
  const first = answer.errors?.[0]
  if (first !== undefined) {
    const extensions = first.extensions ?? {}
    const code = typeof extensions['code'] === 'string' ? extensions['code'] : ErrorCode.InternalServerError
    if (code === ErrorCode.Unauthenticated) {
      unauthenticatedListeners.forEach(listener => listener())
    }
    throw new ApiError(first.message, code, extensions)
  }
  if (answer.data === undefined || answer.data === null) {
    throw new ApiError('The server answered without data.', ErrorCode.InternalServerError)
  }
  return answer.data
}
