import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BACKUP_LAYOUT, LAYOUT_FILE } from '../../../shared/export/backupLayout';
import { buildBackupArchive } from '../../../shared/export/backupArchive';
import { readExportedItem } from '../../../shared/export/journalItems';
import { parseJournalJson, serializeJournal } from '../../../shared/export/journalJson';
import { JOURNAL_SCHEMA_FILE, journalJsonSchema } from '../../../shared/export/journalJsonSchema';
import { zipMarkdownFiles } from '../../../shared/export/markdownArchive';
import { appendRichNodes } from '../../../shared/export/richTree';
import { findTemplate } from '../../../shared/journal/templates';
import { initFeedback } from '../../../shared/schema/feedback';
import { defaultGoalFields, initGoal } from '../../../shared/schema/goal';
import { addTalkingPoint, initMeetingDoc, meetingNotes } from '../../../shared/schema/meeting';
import { initPrivateNotesDoc, privateMeetingNotes } from '../../../shared/schema/meetingPrivate';
import { initPlan, savePlanRecord } from '../../../shared/schema/plan';
import { initReflection, reflectionBody } from '../../../shared/schema/reflection';
import { migrateVault } from '../../../shared/schema/vault';

/**
 * Files other tools can open: a Markdown export that the system's own unzip extracts with its
 * accented and CJK names intact; a JSON export whose JSON Schema is published (docs/ and inside
 * the file) and validates it; a backup that can be read with nothing but yjs, fflate and the
 * layout description it carries.
 */

const folders: string[] = [];
afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-other-tools-'));
  folders.push(dir);
  return dir;
}

describe('files other tools can open', () => {
  it('a Markdown export keeps its non-ASCII file names through the system’s unzip', async () => {
    const names = [
      'reflections/2026-01-02-réflexion-sur-l’été.md',
      'feedback/2026-02-03-feedback-from-小林.md',
    ];
    const zip = zipMarkdownFiles(
      names.map((path) => ({ path, text: `# ${path}\n` })),
      'tandem-journal-2026-03-01',
      new Date('2026-03-01T10:00:00Z'),
    );
    const dir = await tempDir();
    await writeFile(join(dir, 'export.zip'), zip);
    execFileSync('unzip', ['-q', 'export.zip', '-d', 'out'], { cwd: dir });
    const root = join(dir, 'out', 'tandem-journal-2026-03-01');
    expect((await readdir(join(root, 'reflections'))).sort()).toEqual(['2026-01-02-réflexion-sur-l’été.md']);
    expect(await readdir(join(root, 'feedback'))).toEqual(['2026-02-03-feedback-from-小林.md']);
    expect(await readFile(join(root, names[1]!), 'utf8')).toBe(`# ${names[1]}\n`);
    // zipinfo shows how the entries describe themselves: made on Unix, as ordinary files.
    expect(execFileSync('zipinfo', [join(dir, 'export.zip')], { encoding: 'utf8' })).toMatch(
      /-rw-r--r-- .* unx /,
    );
  });

  it('publishes the JSON export’s schema, generated from the import’s own, in docs/ and in every export', async () => {
    const published = join(import.meta.dirname, '..', '..', '..', 'docs', JOURNAL_SCHEMA_FILE);
    const generated = `${JSON.stringify(journalJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_JOURNAL_SCHEMA === '1') await writeFile(published, generated);
    expect(await readFile(published, 'utf8'), 'docs/ is out of date: run with UPDATE_JOURNAL_SCHEMA=1').toBe(
      generated,
    );

    const doc = new Y.Doc();
    initReflection(doc, {
      id: 'r1',
      now: 1_700_000_000_000,
      template: findTemplate('after-project')!,
      title: 'Launch',
    });
    const text = serializeJournal(
      {
        exportedAt: '2026-01-01T00:00:00.000Z',
        profile: null,
        competencies: [],
        items: [readExportedItem(doc, 'reflection')!],
      },
      journalJsonSchema(),
    );
    const file = JSON.parse(text) as { jsonSchema: unknown };
    expect(file.jsonSchema).toEqual(JSON.parse(generated));
    const validate = new Ajv2020({ strict: false }).compile(journalJsonSchema());
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...file, items: [{ kind: 'reflection', title: 5 }] })).toBe(false);
    // The import reads such a file as before, ignoring the schema inside it.
    expect(parseJournalJson(text).items).toHaveLength(1);
  });

  it('a backup is read with nothing but yjs and fflate, following the layout it carries', async () => {
    const documents = sampleJournal();
    const zip = await buildBackupArchive({
      createdAt: '2026-03-01T10:00:00.000Z',
      app: { name: 'Tandem', version: '0.1.0' },
      documents,
      settings: [],
      identity: null,
    });

    // From here on: only fflate, yjs and LAYOUT.txt.
    const files = unzipSync(zip);
    const layout = strFromU8(files[LAYOUT_FILE]!);
    expect(layout).toBe(BACKUP_LAYOUT);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      documents: { docId: string; file: string }[];
    };
    // Each name used below is one the description gives for that kind.
    for (const name of [
      'meta',
      'kind',
      'title',
      'body',
      'notes',
      'points',
      'milestones',
      'behaviour',
      'Y.XmlFragment',
    ])
      expect(layout).toContain(name);
    const recovered: Record<string, string> = {};
    for (const { docId, file } of manifest.documents) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, files[file]!);
      const meta = doc.getMap<unknown>('meta');
      const kind = meta.get('kind');
      if (kind === 'reflection')
        recovered[docId] = `${String(meta.get('title'))}: ${plainText(doc.getXmlFragment('body'))}`;
      else if (kind === 'goal') recovered[docId] = String(meta.get('title'));
      else if (kind === 'plan')
        recovered[docId] = `${String(meta.get('title'))}: ${doc
          .getArray<{ title: string }>('milestones')
          .toArray()
          .map((m) => m.title)
          .join(', ')}`;
      else if (kind === 'feedback')
        recovered[docId] = `${String(meta.get('from'))}: ${String(meta.get('behaviour'))}`;
      else if (kind === 'meeting')
        recovered[docId] =
          `${[...doc.getMap<{ text: string }>('points').values()].map((p) => p.text).join(', ')}: ${plainText(doc.getXmlFragment('notes'))}`;
      else if (kind === 'meeting-private') recovered[docId] = plainText(doc.getXmlFragment('notes'));
    }
    expect(recovered).toEqual({
      'item:r1': 'After the launch: I learned to delegate. Ask early.',
      'item:g1': 'Lead a team',
      'item:p1': 'Team lead plan: Run the retro',
      'item:f1': 'Grace: You summarised the decision.',
      'meeting:m1': 'Promotion criteria: We agreed on next steps.',
      'meeting-private:m1': 'Ask about the budget.',
    });
  });
});

/** The text of a rich-text fragment, block by block, read with the Yjs API alone. */
function plainText(fragment: Y.XmlFragment): string {
  const blocks: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment): string =>
    node
      .toArray()
      .map((child) =>
        child instanceof Y.XmlText
          ? (child.toDelta() as { insert: string }[]).map((op) => op.insert).join('')
          : child instanceof Y.XmlElement
            ? walk(child)
            : '',
      )
      .join(' ');
  for (const block of fragment.toArray()) if (block instanceof Y.XmlElement) blocks.push(walk(block).trim());
  return blocks.filter(Boolean).join(' ');
}

function sampleJournal(): { docId: string; update: Uint8Array }[] {
  const make = (build: (doc: Y.Doc) => void) => {
    const doc = new Y.Doc();
    build(doc);
    return Y.encodeStateAsUpdate(doc);
  };
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  return [
    { docId: 'vault', update: make((doc) => migrateVault(doc)) },
    {
      docId: 'item:r1',
      update: make((doc) => {
        initReflection(doc, {
          id: 'r1',
          now: 1,
          template: findTemplate('blank')!,
          title: 'After the launch',
        });
        appendRichNodes(reflectionBody(doc), [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'I learned to ' },
              { type: 'text', text: 'delegate', marks: [{ type: 'bold' }] },
              { type: 'text', text: '.' },
            ],
          },
          { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Ask early.')] }] },
        ]);
      }),
    },
    {
      docId: 'item:g1',
      update: make((doc) => initGoal(doc, 'g1', { ...defaultGoalFields, title: 'Lead a team' }, 1)),
    },
    {
      docId: 'item:p1',
      update: make((doc) => {
        initPlan(
          doc,
          'p1',
          { title: 'Team lead plan', goalId: 'g1', status: 'active', reviewCadence: null },
          1,
        );
        savePlanRecord(
          doc,
          'milestones',
          {
            id: 'm1',
            title: 'Run the retro',
            owner: { kind: 'me' },
            startDate: null,
            dueDate: '2026-03-01',
            status: 'in-progress',
            successCriterion: 'It helped',
            evidence: '',
            completedAt: null,
          },
          1,
        );
      }),
    },
    {
      docId: 'item:f1',
      update: make((doc) =>
        initFeedback(
          doc,
          'f1',
          {
            from: 'Grace',
            givenOn: '2026-01-10',
            behaviour: 'You summarised the decision.',
            impact: 'Aligned.',
            nextStep: 'Again.',
            goalId: null,
            competencyId: null,
          },
          1,
        ),
      ),
    },
    {
      docId: 'meeting:m1',
      update: make((doc) => {
        initMeetingDoc(doc, 'm1', 's1');
        addTalkingPoint(doc, {
          id: 'p1',
          text: 'Promotion criteria',
          authorId: 'me',
          authorName: 'Ada',
          createdAt: 1,
        });
        appendRichNodes(meetingNotes(doc), [paragraph('We agreed on next steps.')]);
      }),
    },
    {
      docId: 'meeting-private:m1',
      update: make((doc) => {
        initPrivateNotesDoc(doc, 'm1');
        appendRichNodes(privateMeetingNotes(doc), [paragraph('Ask about the budget.')]);
      }),
    },
  ];
}
