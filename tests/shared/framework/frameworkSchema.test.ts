import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { frameworkTemplate, emptyFramework } from '../../../shared/framework/frameworkTemplate';
import {
  frameworkContentSchema,
  initFramework,
  levelRank,
  readFramework,
  updateFramework,
  type FrameworkContent,
} from '../../../shared/schema/framework';
import {
  indexFramework,
  readFrameworkSummaries,
  setFrameworkDeleted,
} from '../../../shared/schema/frameworkIndex';
import { validate } from '../../../shared/schema/validation';
import { englishText } from '../../../shared/i18n/englishText';

const now = Date.UTC(2026, 11, 8);

function twoTracks(): FrameworkContent {
  return {
    title: 'Engineering',
    description: '',
    tracks: [
      {
        id: 'ic',
        name: 'Individual contributor',
        levels: [
          { id: 'ic1', name: 'Engineer', description: 'Delivers scoped work' },
          { id: 'ic2', name: 'Senior', description: 'Owns features' },
        ],
      },
      { id: 'm', name: 'Management', levels: [{ id: 'm1', name: 'Lead', description: '' }] },
    ],
    competencies: [{ id: 'c', name: 'Craft', expectations: { ic1: 'Writes tests', ic2: 'Designs', m1: '' } }],
  };
}

describe('the career framework document', () => {
  it('keeps tracks, levels with their role descriptions and competencies with each level’s expectation', () => {
    const doc = new Y.Doc();
    initFramework(doc, 'fw1', twoTracks(), now);
    const read = readFramework(doc);
    expect(read).toMatchObject({ id: 'fw1', title: 'Engineering', createdAt: now, updatedAt: now });
    expect(read?.tracks.map((t) => t.levels.map((l) => l.name))).toEqual([['Engineer', 'Senior'], ['Lead']]);
    expect(read?.tracks[0]?.levels[0]?.description).toBe('Delivers scoped work');
    expect(read?.competencies[0]?.expectations.ic2).toBe('Designs');
    expect(levelRank(read!.tracks[0]!, 'ic2')).toBe(2);
    expect(levelRank(read!.tracks[0]!, 'm1')).toBeNull();
  });

  it('saves an edit in one go and refuses invalid content before writing anything', () => {
    const doc = new Y.Doc();
    initFramework(doc, 'fw1', twoTracks(), now);
    const before = Y.encodeStateAsUpdate(doc);
    const bad = twoTracks();
    bad.tracks[0]!.levels[1]!.name = ' engineer ';
    expect(() => updateFramework(doc, bad, now + 1)).toThrow();
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);

    const edited = twoTracks();
    edited.tracks[1]!.levels.push({ id: 'm2', name: 'Manager', description: 'Runs a team' });
    updateFramework(doc, edited, now + 5);
    expect(readFramework(doc)?.tracks[1]?.levels.map((l) => l.name)).toEqual(['Lead', 'Manager']);
    expect(readFramework(doc)?.updatedAt).toBe(now + 5);
  });

  it('says which field is wrong: duplicate levels in a track, duplicate tracks, missing names', () => {
    const content = twoTracks();
    content.tracks[0]!.levels[1]!.name = 'ENGINEER';
    content.tracks[1]!.name = 'individual  contributor';
    content.competencies.push({ id: 'c2', name: '', expectations: {} });
    const result = validate(frameworkContentSchema, content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors['tracks.0.levels.1.name']).toBe(englishText('framework.problem.duplicateLevel'));
    expect(result.errors['tracks.1.name']).toBe(englishText('framework.problem.duplicateTrack'));
    expect(result.errors['competencies.1.name']).toBe(englishText('framework.problem.nameMissing'));
  });

  it('refuses a track without levels and a framework without tracks', () => {
    const noLevels = twoTracks();
    noLevels.tracks[1]!.levels = [];
    expect(validate(frameworkContentSchema, noLevels)).toMatchObject({
      ok: false,
      errors: { 'tracks.1.levels': englishText('framework.problem.noLevels') },
    });
    expect(validate(frameworkContentSchema, { ...twoTracks(), tracks: [] })).toMatchObject({
      ok: false,
      errors: { tracks: englishText('framework.problem.noTracks') },
    });
  });

  it('is indexed in the vault, and deleting hides it without losing it', () => {
    const vault = new Y.Doc();
    const doc = new Y.Doc();
    initFramework(doc, 'fw1', twoTracks(), now);
    indexFramework(vault, readFramework(doc)!);
    expect(readFrameworkSummaries(vault)).toEqual([
      expect.objectContaining({
        id: 'fw1',
        tracks: [
          { name: 'Individual contributor', levels: 2 },
          { name: 'Management', levels: 1 },
        ],
        competencies: 1,
        deletedAt: null,
      }),
    ]);
    setFrameworkDeleted(vault, 'fw1', now + 1);
    indexFramework(vault, readFramework(doc)!);
    expect(readFrameworkSummaries(vault)[0]?.deletedAt).toBe(now + 1);
  });

  it('reads nothing from a document of another kind', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('kind', 'goal');
    expect(readFramework(doc)).toBeNull();
  });

  it('has a template with two tracks of three described levels and every competency described at each', () => {
    const template = frameworkTemplate(englishText);
    expect(template.tracks.map((t) => t.name)).toEqual(['Individual contributor', 'Management']);
    expect(template.tracks.every((t) => t.levels.length === 3 && t.levels.every((l) => l.description))).toBe(
      true,
    );
    const levelIds = template.tracks.flatMap((t) => t.levels.map((l) => l.id));
    for (const competency of template.competencies) {
      expect(levelIds.every((id) => (competency.expectations[id] ?? '').length > 0)).toBe(true);
    }
    expect(frameworkContentSchema.safeParse(emptyFramework(englishText)).success).toBe(true);
  });
});
