import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../app/context.js'
import { Allow, Public } from '../../authorization/audience.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import type { Viewer } from '../../authorization/viewer.js'
import { InviteMemberInput, RedeemInvitationInput, SignInInput } from './account.inputs.js'
import { InvitationPreviewType, IssuedInvitationType, ViewerType } from './account.type.js'

function toViewerType(viewer: Viewer): ViewerType {
  return {
    id: viewer.accountId,
    email: viewer.email,
    name: viewer.name,
    roles: viewer.roles.map(held => ({ role: held.role, eventId: held.eventId })),
  }
}

@Resolver()
export class AccountResolver {
  @Public()
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in person, or null.' })
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer === null ? null : toViewerType(ctx.viewer)
  }

  @Public()
  @Mutation(() => ViewerType, { description: 'Starts a session; sets an HttpOnly cookie.' })
  async signIn(
    @Arg('input', () => SignInInput) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<ViewerType> {
    const { viewer, sessionToken } = await ctx.services.signIn.signIn(input.email, input.password)
    if (ctx.session.token !== null) {
      await ctx.services.sessions.end(ctx.session.token)
    }
    ctx.session.set(sessionToken)
    return toViewerType(viewer)
  }

  @Allow()
  @Mutation(() => Boolean, { description: 'Ends this session on the server and clears the cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.session.token !== null) {
      await ctx.services.sessions.end(ctx.session.token)
    }
    ctx.session.clear()
    return true
  }

  @Allow(Role.Admin, Role.Organizer)
  @Mutation(() => IssuedInvitationType, {
    description: 'A single-use link, valid 72 hours. Organizers invite to their own events.',
  })
  async inviteMember(
    @Arg('input', () => InviteMemberInput) input: InviteMemberInput,
    @Ctx() ctx: Context,
  ): Promise<IssuedInvitationType> {
    return ctx.services.invitations.invite(requireViewer(ctx), input)
  }

  @Public()
  @Query(() => InvitationPreviewType, { description: 'What an invitation offers; NOT_FOUND when unusable.' })
  async invitation(
    @Arg('token', () => String) token: string,
    @Ctx() ctx: Context,
  ): Promise<InvitationPreviewType> {
    return ctx.services.invitations.preview(token)
  }

  @Public()
  @Mutation(() => ViewerType, {
    description:
      'Accepts an invitation. A new address gets an account and is signed in; an address that has an account accepts signed in as it.',
  })
  async redeemInvitation(
    @Arg('input', () => RedeemInvitationInput) input: RedeemInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<ViewerType> {
    const accountId = await ctx.services.invitations.redeem(input, ctx.viewer)
    if (ctx.viewer?.accountId !== accountId) {
      // A new account: its first session. An existing account accepted while signed in keeps its own.
      ctx.session.set(await ctx.services.sessions.start(accountId))
    }
    const viewer = await ctx.services.sessions.loadViewer(accountId)
    return toViewerType(requireViewer({ viewer }))
  }
}
