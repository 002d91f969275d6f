import type { RequestHandler } from 'express'
import {
  getOperationAST,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
} from 'graphql'

/**
 * The root fields a selection reaches, through inline fragments and fragment spreads; null when
 * that cannot be told (a spread of a fragment the document does not define).
 */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()) {
  const names: string[] = []
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      names.push(selection.name.value)
      continue
    }
    let inner: SelectionSetNode | undefined
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = selection.selectionSet
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const name = selection.name.value
      inner = document.definitions.find(
        (definition): definition is FragmentDefinitionNode =>
          definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
      )?.selectionSet
      if (inner === undefined) {
        return null
      }
    }
    const more = inner === undefined ? [] : rootFields(document, inner, seen)
    if (more === null) {
      return null
    }
    names.push(...more)
  }
  return names
}

export interface CrossOriginReadsOptions {
  /** The root Query fields other websites may read. */
  readonly fields: ReadonlySet<string>
  readonly parseOptions: ParseOptions
}

/**
 * CORS for GraphQL, decided from the parsed operation rather than the URL: `Access-Control-Allow-
 * Origin: *` only for a GET whose one operation is a query selecting nothing but `fields`, sent
 * without cookies, and the preflight of such a GET. Never for POST (every mutation, every staff
 * screen), never with Allow-Credentials. Anything else gets no CORS header, so browsers keep the
 * answer from other origins.
 */
export function crossOriginReads({ fields, parseOptions }: CrossOriginReadsOptions): RequestHandler {
  const isOpenRead = (url: string, cookie: string | undefined): boolean => {
    const params = new URL(url, 'http://localhost').searchParams
    const query = params.get('query')
    if (cookie !== undefined || query === null) {
      return false
    }
    let document: DocumentNode
    try {
      document = parse(query, parseOptions)
    } catch {
      return false
    }
    const operation = getOperationAST(document, params.get('operationName'))
    if (operation?.operation !== OperationTypeNode.QUERY) {
      return false
    }
    const names = rootFields(document, operation.selectionSet)
    return (
      names !== null &&
      names.some(name => fields.has(name)) &&
      names.every(name => name === '__typename' || fields.has(name))
    )
  }
  return (request, response, next) => {
    const isPreflight =
      request.method === 'OPTIONS' && request.headers['access-control-request-method'] === 'GET'
    if (
      (request.method === 'GET' || isPreflight) &&
      isOpenRead(request.originalUrl, request.headers.cookie)
    ) {
      response.setHeader('Access-Control-Allow-Origin', '*')
      if (isPreflight) {
        response.setHeader('Access-Control-Allow-Methods', 'GET')
        response.setHeader('Access-Control-Allow-Headers', 'apollo-require-preflight')
        response.setHeader('Access-Control-Max-Age', '600')
        response.status(204).end()
        return
      }
    }
    next()
  }
}
