import type { Context } from './request-context.js'
import { unauthenticated } from '../platform/errors/domain-error.js'
import type { Viewer } from './viewer.js'

/** The signed-in viewer; for resolvers behind `@Allow`, where the auth checker has already let them in. */
export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (ctx.viewer === null) {
    throw unauthenticated()
  }
  return ctx.viewer
}
