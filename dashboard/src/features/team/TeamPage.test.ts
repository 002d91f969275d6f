import { AccountReason, ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { organizerInSetup } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

const role = (overrides: Record<string, unknown> = {}) => ({
  id: 'ra-1',
  role: Role.Responder,
  isPending: true,
  appointedAt: '2026-06-01T10:00:00Z',
  appointedByName: 'Noor Haddad',
  approvedByName: null,
  approvedAt: null,
  canDecide: true,
  ...overrides,
})

const team = (pendingRole = role()) => ({
  data: {
    eventTeam: [
      {
        accountId: 'a-noor',
        name: 'Noor Haddad',
        email: 'noor@example.org',
        contactName: null,
        roles: [
          role({
            id: 'ra-0',
            role: Role.Organizer,
            isPending: false,
            appointedByName: null,
            approvedAt: '2026-05-01T10:00:00Z',
            canDecide: false,
          }),
        ],
      },
      {
        accountId: 'a-tomas',
        name: 'Tomás Ferreira',
        email: 'tomas@example.org',
        contactName: 'Tomás Ferreira',
        roles: [pendingRole],
      },
    ],
  },
})

function stub(
  decision: () => ReturnType<typeof graphqlError> = () => ({ data: { approveAppointment: true } }),
) {
  let answered = false
  return stubGraphql({
    ...organizerInSetup(),
    TeamMembers: () =>
      answered
        ? team(
            role({
              isPending: false,
              approvedByName: 'Amara Okafor',
              approvedAt: '2026-06-02T09:00:00Z',
              canDecide: false,
            }),
          )
        : team(),
    TeamApprove: () => {
      answered = true
      return decision()
    },
  })
}

const button = (wrapper: VueWrapper, name: string) =>
  wrapper.findAll('button').find(entry => entry.text().replace(/\s+/g, ' ').includes(name))

describe('TeamPage', () => {
  it('puts the appointment waiting for a second person first, with who appointed it', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/setup/team')

    const names = wrapper.findAll('.team__name').map(name => name.text())
    expect(names).toEqual(['Tomás Ferreira', 'Noor Haddad'])
    expect(wrapper.text()).toContain('One appointment waits for your approval.')
    expect(wrapper.text()).toContain('Waiting for approval')
    expect(wrapper.text()).toContain('Appointed by Noor Haddad')
    expect(wrapper.text()).toContain('Contact: Tomás Ferreira')
    expect(button(wrapper, 'Approve Tomás Ferreira as Responder')).toBeDefined()
  })

  it('approves, says so, and shows who approved', async () => {
    const fetchMock = stub()
    const { wrapper } = await mountApp('/events/e1/setup/team')

    await button(wrapper, 'Approve Tomás Ferreira as Responder')?.trigger('click')
    await flushPromises()

    const approve = fetchMock.mock.calls.findIndex(call => String(call[1]?.body).includes('TeamApprove'))
    expect(sentVariables(fetchMock, approve)).toEqual({ eventId: 'e1', appointmentId: 'ra-1' })
    expect(wrapper.get('.base-status-message').text()).toBe('Tomás Ferreira is now Responder.')
    expect(wrapper.text()).toContain('approved by Amara Okafor')
    expect(button(wrapper, 'Approve Tomás Ferreira')).toBeUndefined()
  })

  it('says in its own words when the server wants someone else to approve', async () => {
    stub(() =>
      graphqlError(
        ErrorCode.Forbidden,
        { reason: AccountReason.ApprovalNeedsAnotherPerson },
        'SERVER-ENGLISH-TEXT',
      ),
    )
    const { wrapper } = await mountApp('/events/e1/setup/team')

    await button(wrapper, 'Approve Tomás Ferreira as Responder')?.trigger('click')
    await flushPromises()

    expect(wrapper.get('.base-status-message[role="alert"]').text()).toContain(
      'Someone else has to approve this',
    )
    expect(wrapper.text()).not.toContain('SERVER-ENGLISH-TEXT')
  })

  it('offers no decision on an appointment the viewer made or is the subject of', async () => {
    stubGraphql({
      ...organizerInSetup(),
      TeamMembers: () => team(role({ canDecide: false })),
    })
    const { wrapper } = await mountApp('/events/e1/setup/team')

    expect(button(wrapper, 'Approve')).toBeUndefined()
    expect(wrapper.text()).toContain('Waiting for another organizer, an administrator or the Working Group')
  })
})
