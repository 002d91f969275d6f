import { vi } from 'vitest'
import * as hasher from '../src/platform/security/password-hasher.js'
import type { GraphQLResponse } from './test-server.js'

/** The error code of an answer, or 'OK'. */
export const codeOf = (answer: GraphQLResponse) => answer.errors?.[0]?.extensions?.['code'] ?? 'OK'

/** How many answers carry `code` ('OK' for success). */
export const countCodes = (answers: readonly GraphQLResponse[], code: string) =>
  answers.filter(answer => codeOf(answer) === code).length

/**
 * Counts the Argon2 verifications of secrets that start with `marker` (the wrong guesses a test
 * sends), in every server started in this test process.
 */
export function countVerifications(marker: string) {
  const spy = vi.spyOn(hasher, 'verifyPassword')
  spy.mockClear()
  return {
    count: () => spy.mock.calls.filter(([, secret]) => secret.startsWith(marker)).length,
    restore: () => spy.mockRestore(),
  }
}

/** `count` requests sent at once, each made by `send(index)`. */
export const inParallel = <T>(count: number, send: (index: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, (_, index) => send(index)))
