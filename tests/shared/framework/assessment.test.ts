import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { frameworkTemplate } from '../../../shared/framework/frameworkTemplate';
import {
  compareRatings,
  initAssessment,
  initSharedRatings,
  readRatings,
  saveRating,
  shareRating,
  sharedState,
  skillGapFrom,
  skillGapLevel,
  unshareRating,
  ratingSchemaFor,
  type Rating,
} from '../../../shared/schema/assessment';
import { skillGapSchema } from '../../../shared/schema/plan';
import { validate } from '../../../shared/schema/validation';
import { englishText } from '../../../shared/i18n/englishText';

const now = Date.UTC(2026, 11, 8);
const framework = { ...frameworkTemplate(), id: 'fw', createdAt: now, updatedAt: now };
const [ic, mgmt] = framework.tracks;
const [craft, communication] = framework.competencies;

function assessment(): { doc: Y.Doc; shared: Y.Doc } {
  const doc = new Y.Doc();
  const shared = new Y.Doc();
  initAssessment(doc, { id: 'a1', sharedId: 's1' }, { frameworkId: 'fw', trackId: ic!.id }, now);
  initSharedRatings(shared, 's1', { frameworkId: 'fw', trackId: ic!.id }, now);
  return { doc, shared };
}

const rating = (competencyId: string, levelId: string, extra: Partial<Rating> = {}): Rating => ({
  competencyId,
  levelId,
  note: '',
  evidence: [],
  ratedAt: now,
  ...extra,
});

describe('self-assessment against a framework', () => {
  it('keeps a rating with its evidence, and refuses a level outside the track beside the level field', () => {
    const { doc } = assessment();
    saveRating(
      doc,
      framework,
      rating(craft!.id, ic!.levels[1]!.id, {
        evidence: [
          { kind: 'reflection', id: 'r1' },
          { kind: 'milestone', id: 'plan1/m1' },
        ],
      }),
      now,
    );
    expect(readRatings(doc).get(craft!.id)?.evidence).toHaveLength(2);

    const before = Y.encodeStateAsUpdate(doc);
    const outside = rating(craft!.id, mgmt!.levels[0]!.id);
    expect(validate(ratingSchemaFor(framework, ic!.id), outside)).toEqual({
      ok: false,
      errors: { levelId: englishText('assessment.problem.levelNotInTrack') },
    });
    expect(() => saveRating(doc, framework, outside, now)).toThrow();
    expect(() => saveRating(doc, framework, rating(craft!.id, 'made-up'), now)).toThrow();
    expect(() => saveRating(doc, framework, rating('not-a-competency', ic!.levels[0]!.id), now)).toThrow();
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('keeps every rating private until its author shares that one, and takes it back on request', () => {
    const { doc, shared } = assessment();
    saveRating(doc, framework, rating(craft!.id, ic!.levels[1]!.id), now);
    saveRating(doc, framework, rating(communication!.id, ic!.levels[0]!.id, { note: plainNote }), now);
    expect(readRatings(shared).size).toBe(0);

    shareRating(doc, shared, craft!.id, now);
    expect([...readRatings(shared).keys()]).toEqual([craft!.id]);
    expect(JSON.stringify(Y.encodeStateAsUpdate(shared))).not.toContain(plainNote);
    expect(sharedState(readRatings(doc).get(craft!.id), readRatings(shared).get(craft!.id))).toBe('shared');

    // Changed after sharing: the shared copy says what was shared until shared again.
    saveRating(doc, framework, rating(craft!.id, ic!.levels[2]!.id, { ratedAt: now + 1 }), now + 1);
    expect(readRatings(shared).get(craft!.id)?.levelId).toBe(ic!.levels[1]!.id);
    expect(sharedState(readRatings(doc).get(craft!.id), readRatings(shared).get(craft!.id))).toBe('changed');

    unshareRating(shared, craft!.id, now + 2);
    expect(readRatings(shared).size).toBe(0);
    expect(readRatings(doc).size).toBe(2);
  });

  it('sets two people’s shared ratings side by side with the difference in levels', () => {
    const mine = new Map([
      [craft!.id, rating(craft!.id, ic!.levels[0]!.id)],
      [communication!.id, rating(communication!.id, ic!.levels[1]!.id)],
    ]);
    const theirs = new Map([[craft!.id, rating(craft!.id, ic!.levels[2]!.id)]]);
    expect(
      compareRatings(framework, ic!, mine, theirs).map((r) => [r.name, r.mine, r.theirs, r.difference]),
    ).toEqual([
      ['Technical craft', 1, 3, 2],
      ['Communication', 2, null, null],
      ['Impact and ownership', null, null, null],
    ]);
  });

  it('turns a gap into a plan’s skill gap from the current to the target level', () => {
    const gap = skillGapFrom(framework, ic!, craft!.id, {
      currentLevelId: ic!.levels[0]!.id,
      targetLevelId: ic!.levels[2]!.id,
    });
    expect(gap).toEqual({ name: 'Technical craft', competencyId: null, current: 1, target: 3 });
    expect(skillGapSchema.safeParse({ id: 'g', ...gap }).success).toBe(true);
    expect(
      skillGapFrom(framework, ic!, craft!.id, {
        currentLevelId: ic!.levels[2]!.id,
        targetLevelId: ic!.levels[0]!.id,
      }),
    ).toBeNull();
    // A long track is spread over the plan's five levels, first to 1 and last to 5.
    expect([1, 2, 6, 11, 12].map((rank) => skillGapLevel(rank, 12))).toEqual([1, 1, 3, 5, 5]);
  });
});

const plainNote = 'I rate myself low here because of the launch';
