import { FEEDBACK_SCHEMA_VERSION } from '../schema/feedback';
import { GOAL_SCHEMA_VERSION } from '../schema/goal';
import { MEETING_SCHEMA_VERSION } from '../schema/meeting';
import { MEETING_PRIVATE_SCHEMA_VERSION } from '../schema/meetingPrivate';
import { PLAN_SCHEMA_VERSION } from '../schema/plan';
import { REFLECTION_SCHEMA_VERSION } from '../schema/reflection';
import { SPACE_SCHEMA_VERSION } from '../schema/space';
import { VAULT_SCHEMA_VERSION } from '../schema/vault';

/**
 * The plain-text description every backup carries (LAYOUT.txt): enough to get a journal back
 * with nothing but a ZIP tool and the Yjs library, should Tandem ever be gone. Kept beside the
 * schema modules it describes, with their version numbers filled in; a test reads a backup with
 * yjs and fflate alone, following this text.
 */

export const LAYOUT_FILE = 'LAYOUT.txt';

export const BACKUP_LAYOUT = `Tandem backup — how it is laid out
==================================

This ZIP holds a whole Tandem journal. You need no Tandem to read it: any unzip tool and the
Yjs library (https://yjs.dev, version 13) are enough.

manifest.json
  format "tandem-backup", formatVersion, createdAt, app { name, version }, and:
  documents: [{ docId, file, sha256 }]  one entry per document; "file" is its entry in this ZIP
  settings:  [{ name, file, sha256 }]   local settings files, byte for byte
  identity / spaces                     only when the person chose to include their sharing keys;
                                        encrypted (scrypt + AES-256-GCM) with their passphrase

documents/NNNNNN.yjs
  One document each: its whole Yjs state, as Y.encodeStateAsUpdate wrote it. To read one:
    const doc = new Y.Doc(); Y.applyUpdate(doc, bytes);
  then take its top-level types by name (doc.getMap(name), doc.getArray(name),
  doc.getXmlFragment(name)), as listed below. Every document has a "meta" Y.Map with
  schemaVersion and kind; a newer Tandem may add types and fields, never rename these.

Document ids and kinds (docId in the manifest)
----------------------------------------------
vault                      the journal index (schema version ${VAULT_SCHEMA_VERSION})
  meta          Y.Map      schemaVersion
  entries       Y.Map      item id -> { id, title, createdAt, updatedAt, tags, excerpt, wordCount,
                           links, deletedAt } for each journal entry (a summary; the entry itself
                           is its own document)
  goals, plans, feedback   Y.Map  item id -> summary of each goal, plan and feedback note
  competencies  Y.Map      id -> { name, description, current, target, createdAt, updatedAt }
  profile       Y.Map      displayName, reflectionRhythm, onboarding, reminderTime

item:<id>, meta.kind "reflection"   a journal entry (schema version ${REFLECTION_SCHEMA_VERSION})
  meta          Y.Map      schemaVersion, kind, id, title, createdAt, updatedAt, templateId
  tags          Y.Array    strings, lower case
  links         Y.Array    strings: "goal:<goalId>" or "milestone:<planId>:<milestoneId>"
  body          Y.XmlFragment  the text, as ProseMirror/TipTap nodes: Y.XmlElement per block
                           (paragraph, heading with attribute level, bulletList, orderedList,
                           listItem, taskList, taskItem with attribute checked, blockquote,
                           codeBlock, horizontalRule), Y.XmlText for text with formatting as
                           attributes (bold, italic, strike, code, link with href)

item:<id>, meta.kind "goal"          a career goal (schema version ${GOAL_SCHEMA_VERSION})
  meta          Y.Map      schemaVersion, kind, id, title, why, alignment, horizon, status, path,
                           createdAt, updatedAt, achievedAt
  competencyIds Y.Array    competency ids (see the vault's competencies)

item:<id>, meta.kind "plan"          a development plan (schema version ${PLAN_SCHEMA_VERSION})
  meta          Y.Map      schemaVersion, kind, id, title, goalId, status, reviewCadence,
                           createdAt, updatedAt, lastReviewedAt
  skillGaps, activities, milestones, supporters, successStages
                Y.Array    one plain JSON object per record, each with an "id"; a milestone has
                           title, owner, startDate, dueDate, status, successCriterion, evidence,
                           completedAt

item:<id>, meta.kind "feedback"      a feedback note (schema version ${FEEDBACK_SCHEMA_VERSION})
  meta          Y.Map      schemaVersion, kind, id, from, givenOn, behaviour, impact, nextStep,
                           goalId, competencyId, createdAt, updatedAt

space:<spaceId>                      a one-on-one series shared with one person (schema version ${SPACE_SCHEMA_VERSION})
  meta          Y.Map      schemaVersion, kind "space", spaceId
  members       Y.Map      member id -> { name, role }
  series        Y.Map      cadence, careerQuarterly, nextDate, time, reminderMinutes
  meetings, meetingsFields, actions, actionsFields
                Y.Map      records kept in two maps: "<name>" holds id -> the record as first
                           written; "<name>Fields" holds "<id>/<field>" -> that field's latest
                           value (text, done, order, removed...), which wins over the first

meeting:<meetingId>                  one meeting's shared agenda (schema version ${MEETING_SCHEMA_VERSION})
  meta          Y.Map      schemaVersion, kind "meeting", meetingId, spaceId
  points, pointsFields     Y.Map  talking points, kept as the space's records are
  notes         Y.XmlFragment  shared notes, as an entry's body
  summaryDiscussed, summaryAgreed
                Y.Text     the summary both people confirm: what was discussed, what was agreed;
                           its confirmations are fields of the space's meeting records,
                           "<meetingId>/confirmation.employee" and "…manager": { version (SHA-256
                           of both texts and the meeting's action items), at, name, paraphrase,
                           signature (Ed25519 by the confirming installation's identity key) }

meeting-private:<meetingId>          your private notes beside a meeting (schema version ${MEETING_PRIVATE_SCHEMA_VERSION})
  meta          Y.Map      schemaVersion, kind "meeting-private", meetingId
  notes         Y.XmlFragment  as an entry's body

How values are stored
---------------------
Instants (createdAt, updatedAt, completedAt, achievedAt, deletedAt) are numbers: milliseconds
since 1970-01-01T00:00:00Z. Calendar dates (givenOn, dueDate, startDate, nextDate) are strings
"YYYY-MM-DD", a day on the person's calendar with no time zone. A deleted item still has its
document; its summary in the vault has deletedAt set. Links between items are ids: a plan's
goalId, a feedback note's goalId and competencyId, an entry's links strings above.

settings/<name>
  reminders.json, window-state.json: Tandem's own settings files, as they were on disk.
`;
