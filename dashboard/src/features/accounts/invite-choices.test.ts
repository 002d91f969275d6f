import { Role } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { inviteChoices } from './invite-choices'

const spring = { id: 'e1', name: 'Spring Sprint' }
const autumn = { id: 'e2', name: 'Autumn Conf' }

describe('inviteChoices', () => {
  it('lets admins give every role for every event', () => {
    const choices = inviteChoices(true, [
      { roles: [], event: spring },
      { roles: [], event: autumn },
    ])
    expect(choices.roles).toEqual([Role.Organizer, Role.Responder, Role.Chair, Role.Wg, Role.Admin])
    expect(choices.events).toEqual([spring, autumn])
  })

  it('lets organizers give event roles for the events they organize only', () => {
    const choices = inviteChoices(false, [
      { roles: [Role.Organizer], event: spring },
      { roles: [Role.Responder], event: autumn },
    ])
    expect(choices.roles).toEqual([Role.Organizer, Role.Responder, Role.Chair])
    expect(choices.events).toEqual([spring])
  })

  it('offers nothing to someone who organizes nothing', () => {
    expect(inviteChoices(false, [{ roles: [Role.Chair], event: spring }])).toEqual({ roles: [], events: [] })
  })
})
