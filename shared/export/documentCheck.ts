import * as Y from 'yjs';
import type { DocumentType, ItemType } from '../schema/documentType';
import { assessmentType, sharedRatingsType } from '../schema/assessment';
import { COMMENTS_DOC_PREFIX } from '../schema/comments';
import { feedbackType, readFeedback } from '../schema/feedback';
import { frameworkType } from '../schema/framework';
import { HISTORY_DOC_PREFIX } from '../schema/itemHistory';
import { goalType, readGoal } from '../schema/goal';
import { VAULT_DOC_ID } from '../schema/ids';
import { meetingType } from '../schema/meeting';
import { MEETING_DOC_PREFIX, PRIVATE_NOTES_DOC_PREFIX } from '../schema/meetingIds';
import { meetingPrivateType } from '../schema/meetingPrivate';
import { planType, readPlan } from '../schema/plan';
import { migrateReflection, readReflectionMeta, reflectionType } from '../schema/reflection';
import { spaceType } from '../schema/space';
import { readVaultEntries, vaultType } from '../schema/vault';

/**
 * Whether a document means what its id says: the journal index is a journal index, an item is a
 * reflection, goal, plan or feedback note this version can read, a space, meeting agenda or
 * private notes document is the one its id names. Bytes that are valid Yjs can still hold the
 * wrong layout (a vault that is not a vault); restoring such a backup would bring the app back
 * on its first-run screen with no word, so it is refused by name instead.
 *
 * A document of a kind this version knows but written by a newer schema is accepted as it is:
 * this version cannot check what it does not understand, keeps its bytes unchanged, and opens it
 * read-only. Each check runs on a scratch copy; nothing here writes to a stored document.
 */

export type DocumentCheck = { ok: true } | { ok: false; problem: string };

const OK: DocumentCheck = { ok: true };
const bad = (problem: string): DocumentCheck => ({ ok: false, problem });

type ItemReader = (doc: Y.Doc, id: string) => string | null;

/** Per item kind: its type (the newest schema this version reads), and a reader that names what is wrong. */
/** Kinds whose content their own screens check as they read it: here, only the header. */
const headerOnly = (type: ItemType<string>) => ({
  type,
  problem: (doc: Y.Doc, id: string) => (type.meta(doc).get('id') === id ? null : 'it names another item'),
});

const ITEM_KINDS: Record<string, { type: ItemType<string>; problem: ItemReader }> = {
  [frameworkType.kind]: headerOnly(frameworkType),
  [assessmentType.kind]: headerOnly(assessmentType),
  [sharedRatingsType.kind]: headerOnly(sharedRatingsType),
  reflection: {
    type: reflectionType,
    problem: (doc, id) => {
      migrateReflection(doc);
      try {
        return readReflectionMeta(doc).id === id ? null : 'it names another entry';
      } catch {
        return 'its title, dates or template are missing or malformed';
      }
    },
  },
  goal: {
    type: goalType,
    problem: (doc, id) => {
      const goal = readGoal(doc);
      return goal === null
        ? 'its details are missing or malformed'
        : goal.id === id
          ? null
          : 'it names another goal';
    },
  },
  plan: {
    type: planType,
    problem: (doc, id) => {
      const plan = readPlan(doc);
      return plan === null
        ? 'its details are missing or malformed'
        : plan.id === id
          ? null
          : 'it names another plan';
    },
  },
  feedback: {
    type: feedbackType,
    problem: (doc, id) => {
      const note = readFeedback(doc);
      return note === null
        ? 'its details are missing or malformed'
        : note.id === id
          ? null
          : 'it names another note';
    },
  },
};

/** Every document keeps its kind and version in `meta` (see shared/schema/documentType.ts). */
const meta = (doc: Y.Doc) => doc.getMap<unknown>('meta');

function checkVault(doc: Y.Doc): DocumentCheck {
  const version = vaultType.storedVersion(doc);
  if (version === 0) return bad('it is not a Tandem journal index (it has no version stamp)');
  if (version > vaultType.version)
    return bad('it was written by a newer version of Tandem; update Tandem first');
  const { unreadableIds } = readVaultEntries(doc);
  if (unreadableIds.length > 0)
    return bad(
      `${unreadableIds.length} of its journal entries cannot be read (${unreadableIds.slice(0, 3).join(', ')})`,
    );
  return OK;
}

function checkItem(doc: Y.Doc, id: string): DocumentCheck {
  const kind = meta(doc).get('kind');
  if (typeof kind !== 'string') return bad('it holds no journal item');
  const known = ITEM_KINDS[kind];
  if (!known)
    return bad(`it is a kind of item (“${kind.slice(0, 40)}”) this version of Tandem does not know`);
  if (known.type.storedVersion(doc) > known.type.version) {
    return meta(doc).get('id') === id ? OK : bad('it names another item');
  }
  const problem = known.problem(doc, id);
  return problem === null ? OK : bad(problem);
}

/** A space, meeting or private-notes document: its stamp names the kind and the id its document id has. */
function checkStamped(doc: Y.Doc, type: DocumentType<string>, idKey: string, id: string): DocumentCheck {
  if (!type.isKind(doc) || meta(doc).get(idKey) !== id)
    return bad(`it is not the ${kindNames[type.kind] ?? type.kind} its name says`);
  return type.storedVersion(doc) === 0 ? bad('it has no version stamp') : OK;
}

const kindNames: Record<string, string> = {
  [spaceType.kind]: 'one-on-one series',
  [meetingType.kind]: 'meeting agenda',
  [meetingPrivateType.kind]: 'private meeting notes',
};

/** Checks one document's state (a whole Yjs update) against the schema its id calls for. */
export function checkDocument(docId: string, update: Uint8Array): DocumentCheck {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    if (docId === VAULT_DOC_ID) return checkVault(doc);
    const [prefix, id = ''] = splitDocId(docId);
    switch (prefix) {
      case 'item':
        return checkItem(doc, id);
      case 'space':
        return checkStamped(doc, spaceType, 'spaceId', id);
      case MEETING_DOC_PREFIX.slice(0, -1):
        return checkStamped(doc, meetingType, 'meetingId', id);
      case PRIVATE_NOTES_DOC_PREFIX.slice(0, -1):
        return checkStamped(doc, meetingPrivateType, 'meetingId', id);
      // An item's local version history and its comments: documents beside the item, read
      // defensively by their own screens (malformed versions and comments are left out there).
      case HISTORY_DOC_PREFIX.slice(0, -1):
      case COMMENTS_DOC_PREFIX.slice(0, -1):
        return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? OK : bad('it names no item');
      default:
        return bad('it is a kind of document this version of Tandem does not know');
    }
  } catch (error) {
    return bad(`it cannot be read (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    doc.destroy();
  }
}

function splitDocId(docId: string): [string, string | undefined] {
  const colon = docId.indexOf(':');
  return colon < 0 ? [docId, undefined] : [docId.slice(0, colon), docId.slice(colon + 1)];
}

export interface UnreadableDocument {
  docId: string;
  problem: string;
}

/** Every document of a backup that does not mean what its id says, in the backup's order. */
export function findUnreadableDocuments(
  documents: readonly { docId: string; update: Uint8Array }[],
): UnreadableDocument[] {
  const out: UnreadableDocument[] = [];
  for (const { docId, update } of documents) {
    const check = checkDocument(docId, update);
    if (!check.ok) out.push({ docId, problem: check.problem });
  }
  return out;
}
