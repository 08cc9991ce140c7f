import type * as Y from 'yjs';
import { newItemId } from './ids';

/**
 * Who "I" am in a one-on-one before pairing gives a better answer: a random member id made once
 * per vault (`oneOnOne` map of the private vault, key `memberId`). It attributes talking points
 * and action items ("mine" / "theirs"). Once spaces exist, the sharing layer's identity for the
 * space (e.g. the public key it pins) can be passed instead; the schema only needs a stable id.
 */

const settings = (vault: Y.Doc) => vault.getMap<unknown>('oneOnOne');

export function readLocalMemberId(vault: Y.Doc): string | null {
  const stored = settings(vault).get('memberId');
  return typeof stored === 'string' && stored.length > 0 ? stored : null;
}

/** The member id, made and stored the first time it is asked for. */
export function localMemberId(vault: Y.Doc): string {
  const stored = readLocalMemberId(vault);
  if (stored !== null) return stored;
  const id = `local-${newItemId()}`;
  settings(vault).set('memberId', id);
  return id;
}
