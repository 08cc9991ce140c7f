import type { ReactNode } from 'react';
import type { InviteProblemView } from '../../../../shared/sharing/sharingIpc';
import type { Translate } from '../../i18n/useT';

/**
 * Why an invitation cannot be used, in the window's language: main sends the reason and its
 * arguments (the inviter's name, a newer format's number), and the window says it, the name in
 * its own isolate; an identity problem is said by its code. A problem without a reason (main's own errors) shows main's message as it came.
 */
export function inviteProblemText(t: Translate, problem: InviteProblemView): ReactNode {
  if (problem.identityProblem !== undefined)
    return t(`reasons.identity.${problem.identityProblem}`, { detail: problem.identityDetail ?? '' });
  if (problem.reason === undefined) return problem.message;
  return t.rich('sharing.invite.problem', {
    reason: problem.reason,
    name: <bdi>{problem.inviterName ?? ''}</bdi>,
    version: t.intl.formatNumber(problem.version ?? 0),
  });
}
