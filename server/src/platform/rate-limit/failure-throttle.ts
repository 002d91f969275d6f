import type { LimitRule } from './counter-state.js'
import type { CounterKey, Counters } from './counters.js'
import { isAddressKey } from './requester-keys.js'

/** A limit on failures, with the lock that follows them (see `LimitRule.lock`). */
export interface ThrottleRule extends LimitRule {
  /**
   * Its keys are requesters (`kiosk:<id>` or an address key): an address's count stays in this
   * process, a kiosk's is shared. Other keys (accounts, references, everyone) are always shared.
   */
  readonly isPerRequester?: boolean
}

/**
 * Limits failed attempts at something secret (a password, a receipt, a code), counted per
 * operation, not per HTTP request, so batching, aliases or parallel requests buy nothing (SECURITY
 * R12). `attempt` reserves the attempt before its check runs, keeps it when the check fails, and on
 * success either gives it back (`refund`) or forgets the key's failures (`clear`, for sign-in).
 * Always on, whatever RATE_LIMIT says.
 */
export class FailureThrottle<Name extends string> {
  constructor(
    private readonly counters: Counters,
    private readonly scope: string,
    private readonly rules: Readonly<Record<Name, ThrottleRule>>,
    private readonly onSuccess: 'refund' | 'clear',
  ) {}

  /**
   * Runs `check` if every key may try now; `check` answers null for a failure.
   * @param keys one key for every rule, or a key per rule (null or absent: that rule does not apply).
   * @throws RATE_LIMITED, without running `check`, while a key is locked or has no attempt left.
   */
  async attempt<T>(
    keys: string | Readonly<Partial<Record<Name, string | null>>>,
    check: () => Promise<T | null>,
  ): Promise<T | null> {
    const reservation = await this.counters.reserve(this.counterKeys(keys))
    let result: T | null
    try {
      result = await check()
    } catch (error) {
      // An error is not a wrong guess; the check's own error matters more than a failed refund.
      await reservation.refund().catch(() => undefined)
      throw error
    }
    if (result === null) {
      await reservation.keep()
    } else if (this.onSuccess === 'clear') {
      await reservation.clear()
    } else {
      await reservation.refund()
    }
    return result
  }

  private counterKeys(keys: string | Readonly<Partial<Record<Name, string | null>>>): CounterKey[] {
    return (Object.entries(this.rules) as [Name, ThrottleRule][]).flatMap(([name, rule]) => {
      const key = typeof keys === 'string' ? keys : keys[name]
      if (key === undefined || key === null) {
        return []
      }
      const isLocal = rule.isPerRequester === true && isAddressKey(key)
      return [{ scope: `${this.scope}:${name}`, key, rule, isLocal }]
    })
  }
}
