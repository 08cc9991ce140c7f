import type * as Y from 'yjs';
import type { EvidenceLink } from '../../../../shared/schema/assessment';
import { readFeedbackSummaries, readPlanSummaries } from '../../../../shared/schema/growthIndex';
import { readVaultEntries } from '../../../../shared/schema/vault';

export interface EvidenceOption extends EvidenceLink {
  label: string;
}

/**
 * What a rating can point to as evidence, from the vault's index alone (no item is opened):
 * reflections, milestones of plans and feedback notes, newest first within each kind. A link
 * holds only the kind and the id; the receiver of shared ratings sees as much as they were given.
 */
export function readEvidenceOptions(vault: Y.Doc): EvidenceOption[] {
  const reflections = readVaultEntries(vault)
    .entries.filter((entry) => entry.deletedAt === null)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((entry): EvidenceOption => ({ kind: 'reflection', id: entry.id, label: entry.title }));
  const milestones = readPlanSummaries(vault)
    .filter((plan) => plan.deletedAt === null)
    .flatMap((plan) =>
      plan.milestones.map((m): EvidenceOption => ({
        kind: 'milestone',
        id: `${plan.id}/${m.id}`,
        label: `${m.title} (${plan.title})`,
      })),
    );
  const feedback = readFeedbackSummaries(vault)
    .filter((note) => note.deletedAt === null)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .map((note): EvidenceOption => ({
      kind: 'feedback',
      id: note.id,
      label: `${note.from}: ${note.behaviour}`.slice(0, 120),
    }));
  return [...reflections, ...milestones, ...feedback];
}

export const evidenceKey = (link: EvidenceLink) => `${link.kind}:${link.id}`;
