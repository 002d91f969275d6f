import type sharpModule from 'sharp'

type Sharp = typeof sharpModule

let loading: Promise<Sharp> | undefined

/**
 * sharp (and libvips behind it) is loaded on first use, not at start: most requests never touch an
 * image, and the library adds tens of megabytes to an idle server.
 */
export function loadSharp(): Promise<Sharp> {
  loading ??= import('sharp').then(module => module.default)
  return loading
}
