import * as Y from 'yjs';
import type { BackupLeftOut } from './exportIpc';
import { readFeedbackSummaries, readGoalSummaries, readPlanSummaries } from '../schema/growthIndex';
import { MEETING_DOC_PREFIX, PRIVATE_NOTES_DOC_PREFIX } from '../schema/meetingIds';
import { VAULT_DOC_ID } from '../schema/ids';
import { readVaultEntries } from '../schema/vault';

/**
 * Names a person recognises for documents an export or backup could not include: the title the
 * journal's index knows ("the plan “Team lead plan”"), or what kind of document it is.
 */

const ITEM_PREFIX = 'item:';

function itemName(vault: Y.Doc, itemId: string): string | null {
  const entry = readVaultEntries(vault).entries.find((e) => e.id === itemId);
  if (entry) return `the journal entry “${entry.title || 'Untitled'}”`;
  const goal = readGoalSummaries(vault).find((g) => g.id === itemId);
  if (goal) return `the goal “${goal.title}”`;
  const plan = readPlanSummaries(vault).find((p) => p.id === itemId);
  if (plan) return `the plan “${plan.title}”`;
  const feedback = readFeedbackSummaries(vault).find((f) => f.id === itemId);
  if (feedback) return `the feedback note from ${feedback.from} (${feedback.givenOn})`;
  return null;
}

export function documentName(vault: Y.Doc, docId: string): string {
  if (docId === VAULT_DOC_ID) return 'the journal index';
  if (docId.startsWith(ITEM_PREFIX)) {
    const itemId = docId.slice(ITEM_PREFIX.length);
    return itemName(vault, itemId) ?? `an item not in the journal index (${docId})`;
  }
  if (docId.startsWith(PRIVATE_NOTES_DOC_PREFIX)) return `your private notes of a meeting (${docId})`;
  if (docId.startsWith(MEETING_DOC_PREFIX)) return `a one-on-one meeting’s agenda (${docId})`;
  if (docId.startsWith('space:')) return `a one-on-one series (${docId})`;
  return docId;
}

/** "the plan “X” (its copy on disk could not be read …); …" for the closing message. */
export function describeLeftOut(vault: Y.Doc, leftOut: readonly BackupLeftOut[]): string {
  return leftOut
    .map(({ docId, folder, reason }) => {
      const name =
        docId === null ? `the folder “${folder ?? '?'}” in Tandem’s data` : documentName(vault, docId);
      return `${name} (${reason})`;
    })
    .join('; ');
}

const LISTED = 5;

/**
 * "This backup cannot be restored: the plan “X” (its details are missing); …" — named from the
 * backup's own journal index when that is readable, so the person knows which items they are.
 */
export function describeUnrestorable(
  documents: readonly { docId: string; update: Uint8Array }[],
  unreadable: readonly { docId: string; problem: string }[],
): string {
  const index = new Y.Doc();
  const vault = unreadable.some((u) => u.docId === VAULT_DOC_ID)
    ? null
    : documents.find((d) => d.docId === VAULT_DOC_ID);
  try {
    if (vault) Y.applyUpdate(index, vault.update);
    const named = unreadable
      .slice(0, LISTED)
      .map(({ docId, problem }) => `${documentName(index, docId)} (${problem})`);
    const more = unreadable.length > LISTED ? `, and ${unreadable.length - LISTED} more` : '';
    return `This backup cannot be restored: ${named.join('; ')}${more}. Nothing was restored.`;
  } finally {
    index.destroy();
  }
}
