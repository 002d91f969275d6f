import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { Context } from '../../authorization/request-context.js'
import { Allow, Public } from '../../authorization/audience.js'
import { requireRecentAuthentication } from '../../authorization/require-recent-authentication.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { InviteMemberInput, RedeemInvitationInput, SignInInput } from './account.inputs.js'
import { InvitationPreviewType, IssuedInvitationType, ViewerType } from './account.type.js'
import { answerSignIn, toViewerType } from './sign-in-progress.js'
import { SignInProgressType, SignInStep } from './two-factor.type.js'
import type { InvitationService } from './invitation.service.js'
import type { SessionService } from './session.service.js'
import type { SignInService } from './sign-in.service.js'

@Resolver()
export class AccountResolver {
  constructor(
    private readonly services: {
      readonly invitations: InvitationService
      readonly sessions: SessionService
      readonly signIn: SignInService
    },
  ) {}

  @Public()
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in person, or null.' })
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer === null ? null : toViewerType(ctx.viewer)
  }

  @Public()
  @Mutation(() => SignInProgressType, {
    description: 'The password step of sign-in; then verifySecondFactor, or setting up an authenticator.',
  })
  async signIn(
    @Arg('input', () => SignInInput) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<SignInProgressType> {
    return answerSignIn(
      ctx,
      this.services.sessions,
      await this.services.signIn.signIn(input.email, input.password),
    )
  }

  @Allow()
  @Mutation(() => Boolean, { description: 'Ends this session on the server and clears the cookie.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.session.token !== null) {
      await this.services.sessions.end(ctx.session.token)
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
    // Giving a role is a sensitive action: the password or a code within the last minutes (R19).
    return this.services.invitations.invite(requireRecentAuthentication(ctx), input)
  }

  @Public()
  @Query(() => InvitationPreviewType, { description: 'What an invitation offers; NOT_FOUND when unusable.' })
  async invitation(@Arg('token', () => String) token: string): Promise<InvitationPreviewType> {
    return this.services.invitations.preview(token)
  }

  @Public()
  @Mutation(() => SignInProgressType, {
    description:
      'Accepts an invitation. A new address gets an account, which sets up its authenticator before its first session; an address that has an account accepts signed in as it, and keeps its session.',
  })
  async redeemInvitation(
    @Arg('input', () => RedeemInvitationInput) input: RedeemInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<SignInProgressType> {
    const accountId = await this.services.invitations.redeem(input, ctx.viewer)
    if (ctx.viewer?.accountId === accountId) {
      // Accepted while signed in as that account: its session goes on, with the new role.
      const viewer = requireViewer({ viewer: await this.services.sessions.loadViewer(accountId) })
      return { step: SignInStep.SIGNED_IN, viewer: toViewerType(viewer), expiresAt: null, attemptsLeft: null }
    }
    // A new account: the second factor still decides whether a session starts.
    return answerSignIn(ctx, this.services.sessions, await this.services.signIn.afterPassword(accountId))
  }
}
