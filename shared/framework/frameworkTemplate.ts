import { englishText, type TextOf } from '../i18n/englishText';
import type { MessageId } from '../i18n/messages';
import { frameworkContentSchema, type FrameworkContent } from '../schema/framework';
import { newItemId } from '../schema/ids';

/**
 * The built-in starting point: an individual-contributor track and a management track of three
 * levels each, and three competencies described at every level. Its words come from the
 * catalogue (`framework.template.*`) in the person's language; after that the framework is the
 * manager's own text, edited like any other.
 */

const TRACKS = [
  { track: 'ic', levels: ['ic1', 'ic2', 'ic3'] },
  { track: 'mgmt', levels: ['mgmt1', 'mgmt2', 'mgmt3'] },
] as const;
const COMPETENCIES = ['craft', 'communication', 'impact'] as const;

export function frameworkTemplate(text: TextOf = englishText): FrameworkContent {
  const say = (id: string) => text(`framework.template.${id}` as MessageId);
  const levelIds = new Map<string, string>();
  const tracks = TRACKS.map(({ track, levels }) => ({
    id: newItemId(),
    name: say(`${track}.name`),
    levels: levels.map((level) => {
      const levelId = newItemId();
      levelIds.set(level, levelId);
      return { id: levelId, name: say(`${level}.name`), description: say(`${level}.role`) };
    }),
  }));
  const competencies = COMPETENCIES.map((competency) => ({
    id: newItemId(),
    name: say(`${competency}.name`),
    expectations: Object.fromEntries(
      TRACKS.flatMap(({ levels }) => levels).map((level) => [
        levelIds.get(level) ?? '',
        say(`${competency}.${level}`),
      ]),
    ),
  }));
  return frameworkContentSchema.parse({
    title: say('title'),
    description: say('description'),
    tracks,
    competencies,
  });
}

/** An empty framework to start from scratch: one track with one level, ready to be named. */
export function emptyFramework(text: TextOf = englishText): FrameworkContent {
  return {
    title: text('framework.scratch.title'),
    description: '',
    tracks: [
      {
        id: newItemId(),
        name: text('framework.scratch.track'),
        levels: [{ id: newItemId(), name: text('framework.scratch.level'), description: '' }],
      },
    ],
    competencies: [],
  };
}
