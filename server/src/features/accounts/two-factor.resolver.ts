import { Role } from '@conduct-desk/shared'
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql'
import { GraphQLDateTime } from 'graphql-scalars'
import type { Context } from '../../authorization/request-context.js'
import { Allow, Public } from '../../authorization/audience.js'
import { requireRecentAuthentication } from '../../authorization/require-recent-authentication.js'
import { requireViewer } from '../../authorization/require-viewer.js'
import { unauthenticated } from '../../platform/errors/domain-error.js'
import {
  ConfirmIdentityInput,
  ResetTwoFactorInput,
  SecondFactorInput,
  SetTwoFactorGraceInput,
} from './account.inputs.js'
import { ViewerType } from './account.type.js'
import { answerSignIn, startBrowserSession, toViewerType } from './sign-in-progress.js'
import {
  EnrolledTotpType,
  SignInProgressType,
  TotpEnrolmentType,
  TwoFactorGraceType,
} from './two-factor.type.js'
import type { SessionService } from './session.service.js'
import type { SignInService } from './sign-in.service.js'
import type { StepUpService } from './step-up.service.js'
import type { TwoFactorService } from './two-factor.service.js'
import type { TwoFactorAdminService } from './two-factor-admin.service.js'

/** Who is setting up an authenticator: a pending sign-in that must, or a grace-period session. */
async function enrollingAccount(
  ctx: Context,
  signIn: SignInService,
): Promise<{ accountId: string; viaChallenge: boolean }> {
  if (ctx.signInChallenge.token !== null || ctx.viewer === null) {
    return {
      accountId: await signIn.enrolmentAccount(ctx.signInChallenge.token),
      viaChallenge: true,
    }
  }
  return { accountId: ctx.viewer.accountId, viaChallenge: false }
}

/** The second step of sign-in, setting up an authenticator, step-up, and administrators' resets. */
@Resolver()
export class TwoFactorResolver {
  constructor(
    private readonly services: {
      readonly sessions: SessionService
      readonly signIn: SignInService
      readonly stepUp: StepUpService
      readonly twoFactor: TwoFactorService
      readonly twoFactorAdmin: TwoFactorAdminService
    },
  ) {}

  @Public()
  @Mutation(() => SignInProgressType, {
    description:
      'The second step of sign-in: a code from the authenticator app or a recovery code, each usable once. ' +
      'At most five tries per sign-in; then the password again.',
  })
  async verifySecondFactor(
    @Arg('input', () => SecondFactorInput) input: SecondFactorInput,
    @Ctx() ctx: Context,
  ): Promise<SignInProgressType> {
    const signedIn = await this.services.signIn.verifySecondFactor(ctx.signInChallenge.token, input.code)
    return answerSignIn(ctx, this.services.sessions, { kind: 'signed-in', ...signedIn })
  }

  @Public()
  @Mutation(() => TotpEnrolmentType, {
    description:
      'A new authenticator secret for the pending sign-in that must set one up (or a grace-period session).',
  })
  async startTotpEnrolment(@Ctx() ctx: Context): Promise<TotpEnrolmentType> {
    const { accountId } = await enrollingAccount(ctx, this.services.signIn)
    const { secret, uri } = await this.services.twoFactor.beginEnrolment(accountId)
    return { otpauthUri: uri, manualEntryKey: secret.match(/.{1,4}/g)?.join(' ') ?? secret }
  }

  @Public()
  @Mutation(() => EnrolledTotpType, {
    description: 'Confirms the new authenticator with a current code from it; a pending sign-in then starts.',
  })
  async confirmTotpEnrolment(
    @Arg('input', () => SecondFactorInput) input: SecondFactorInput,
    @Ctx() ctx: Context,
  ): Promise<EnrolledTotpType> {
    const { accountId, viaChallenge } = await enrollingAccount(ctx, this.services.signIn)
    if (viaChallenge) {
      const enrolled = await this.services.signIn.confirmEnrolment(ctx.signInChallenge.token, input.code)
      return {
        recoveryCodes: enrolled.recoveryCodes,
        viewer: await startBrowserSession(ctx, this.services.sessions, enrolled),
      }
    }
    const recoveryCodes = await this.services.signIn.confirmEnrolmentOf(accountId, input.code)
    // From now on this session has its second factor: it outlives the grace period, under a new id.
    const renewed = await this.services.sessions.renew(ctx.session.token ?? '', { hasSecondFactor: true })
    if (renewed === null) {
      throw unauthenticated()
    }
    ctx.session.set(renewed)
    return { recoveryCodes, viewer: toViewerType(requireViewer(ctx)) }
  }

  @Allow()
  @Mutation(() => Boolean, {
    description:
      'Step-up: the password or a code, before a sensitive action (those answer REAUTH_REQUIRED after 5 minutes).',
  })
  async confirmIdentity(
    @Arg('input', () => ConfirmIdentityInput) input: ConfirmIdentityInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const renewed = await this.services.stepUp.confirm(requireViewer(ctx), ctx.session.token ?? '', input)
    ctx.session.set(renewed)
    return true
  }

  @Allow(Role.Admin)
  @Mutation(() => Boolean, {
    description:
      "Forgets an account's authenticator and recovery codes and ends its sessions (a lost phone).",
  })
  async resetTwoFactor(
    @Arg('input', () => ResetTwoFactorInput) input: ResetTwoFactorInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    requireRecentAuthentication(ctx)
    await this.services.twoFactorAdmin.reset(input.email)
    return true
  }

  @Allow(Role.Admin)
  @Mutation(() => TwoFactorGraceType, {
    description: "Lets an event's team sign in without a second factor until a time (at most 30 days).",
  })
  async setTwoFactorGrace(
    @Arg('input', () => SetTwoFactorGraceInput) input: SetTwoFactorGraceInput,
    @Ctx() ctx: Context,
  ): Promise<TwoFactorGraceType> {
    const viewer = requireRecentAuthentication(ctx)
    const endsAt = await this.services.twoFactorAdmin.setGrace(
      input.eventId,
      input.endsAt ?? null,
      viewer.accountId,
    )
    return { eventId: input.eventId, endsAt }
  }
}

/** What the viewer knows of their own second factor; never the secret itself. */
@Resolver(() => ViewerType)
export class ViewerTwoFactorResolver {
  constructor(private readonly services: { readonly twoFactor: TwoFactorService }) {}

  @FieldResolver(() => Boolean, { description: 'An authenticator is set up.' })
  async hasTwoFactor(@Root() viewer: ViewerType): Promise<boolean> {
    return (await this.services.twoFactor.status(viewer.id)).hasTotp
  }

  @FieldResolver(() => GraphQLDateTime, {
    nullable: true,
    description: 'Without an authenticator: until when a grace period lets this account sign in.',
  })
  async twoFactorGraceEndsAt(@Root() viewer: ViewerType): Promise<Date | null> {
    return (await this.services.twoFactor.status(viewer.id)).graceEndsAt
  }

  @FieldResolver(() => Int, { description: 'Recovery codes not used yet.' })
  recoveryCodesLeft(@Root() viewer: ViewerType): Promise<number> {
    return this.services.twoFactor.recoveryCodesLeft(viewer.id)
  }
}
