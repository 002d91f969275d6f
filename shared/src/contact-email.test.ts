import { describe, expect, it } from 'vitest'
import { isGroupAddress } from './contact-email.js'

describe('isGroupAddress', () => {
  it.each([
    'coc@example.org',
    'Team@Example.org',
    'info+kiosk@example.org',
    'code.of.conduct@example.org',
    'no-reply@x.io',
  ])('refuses the shared mailbox %s', email => expect(isGroupAddress(email)).toBe(true))

  it.each(['amara.okafor@example.org', 'coco@example.org', 'teamlead.sam@example.org'])(
    'accepts the personal address %s',
    email => expect(isGroupAddress(email)).toBe(false),
  )
})
