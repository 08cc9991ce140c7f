import type { IdentityView } from '../../../shared/sharing/sharingIpc';
import type { MainHandlers } from '../../../shared/ipc/contract';
import type { SharingService } from '../sharingLogic/sharingService';

/**
 * The `tandem:sharing:*` handlers over a SharingService. Arguments arrive parsed by the
 * contract. Every change answers with the spaces as they now are, so the page redraws from one
 * reply. Without a service (the e2e harness unless it supplies one) sharing says it is
 * unavailable and lists nothing; it never pretends to have paired.
 */

type SharingChannel = Extract<keyof MainHandlers, `tandem:sharing:${string}`>;
export type SharingHandlers = Pick<MainHandlers, SharingChannel>;

const UNAVAILABLE = {
  state: 'unavailable',
  message: 'Sharing is not available in this window.',
  problem: 'unavailable',
} as const satisfies IdentityView;

function unavailable(): Promise<never> {
  return Promise.reject(new Error(UNAVAILABLE.message));
}

export function createSharingHandlers(service: SharingService | undefined): SharingHandlers {
  if (!service) {
    return {
      'tandem:sharing:identity': () => Promise.resolve(UNAVAILABLE),
      'tandem:sharing:allowUnprotectedKey': () => Promise.resolve(UNAVAILABLE),
      'tandem:sharing:createInvitation': unavailable,
      'tandem:sharing:previewInvitation': unavailable,
      'tandem:sharing:acceptInvitation': unavailable,
      'tandem:sharing:listSpaces': () => Promise.resolve({ spaces: [] }),
      'tandem:sharing:setSharing': unavailable,
      'tandem:sharing:proposeItem': unavailable,
      'tandem:sharing:respondToProposal': unavailable,
      'tandem:sharing:unshareItem': unavailable,
      'tandem:sharing:leave': unavailable,
      'tandem:sharing:confirmSummary': unavailable,
      'tandem:sharing:consentRecord': unavailable,
      'tandem:sharing:verifyConfirmations': ({ confirmations }) =>
        Promise.resolve({ valid: confirmations.map(() => false) }),
    };
  }
  const spaces = async () => ({ spaces: await service.listSpaces() });
  return {
    'tandem:sharing:identity': () => service.identity(),
    'tandem:sharing:allowUnprotectedKey': () => service.allowUnprotectedKey(),
    'tandem:sharing:createInvitation': (args) => service.createInvitation(args),
    'tandem:sharing:previewInvitation': ({ code }) => service.previewInvitation(code),
    'tandem:sharing:acceptInvitation': ({ code, myName }) => service.acceptInvitation(code, myName),
    'tandem:sharing:listSpaces': spaces,
    'tandem:sharing:setSharing': async ({ spaceId, on }) => {
      await service.setSharing(spaceId, on);
      return spaces();
    },
    'tandem:sharing:proposeItem': async ({ spaceId, docId, kind, title }) => {
      await service.proposeItem(spaceId, docId, { kind, title });
      return spaces();
    },
    'tandem:sharing:respondToProposal': async ({ spaceId, docId, accept }) => {
      await service.respondToProposal(spaceId, docId, accept);
      return spaces();
    },
    'tandem:sharing:unshareItem': async ({ spaceId, docId }) => {
      await service.unshareItem(spaceId, docId);
      return spaces();
    },
    'tandem:sharing:leave': async ({ spaceId }) => {
      await service.leave(spaceId);
      return spaces();
    },
    'tandem:sharing:confirmSummary': (args) => service.confirmSummary(args),
    'tandem:sharing:consentRecord': ({ spaceId }) => service.consentRecord(spaceId),
    'tandem:sharing:verifyConfirmations': async ({ spaceId, confirmations }) => ({
      valid: await service.verifyConfirmations(spaceId, confirmations),
    }),
  };
}
