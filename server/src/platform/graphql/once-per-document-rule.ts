import { GraphQLError, type ValidationRule } from 'graphql'

/**
 * A validation rule: each of `fieldNames`, as a root field, may appear at most once in a document,
 * aliased or not (SECURITY R2, OWASP "prevent batching for sensitive objects"). A document asking
 * for more is refused as a whole before any resolver runs, so it buys no extra guesses.
 */
export function oncePerDocumentRule(fieldNames: readonly string[]): ValidationRule {
  const guarded = new Set(fieldNames)
  return context => {
    const seen = new Set<string>()
    const schema = context.getSchema()
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    return {
      Field(node) {
        const name = node.name.value
        const parent = context.getParentType()
        if (!guarded.has(name) || parent === null || !roots.includes(parent as (typeof roots)[number])) {
          return
        }
        if (seen.has(name)) {
          context.reportError(new GraphQLError(`${name} may appear only once per request.`, { nodes: node }))
        }
        seen.add(name)
      },
    }
  }
}
