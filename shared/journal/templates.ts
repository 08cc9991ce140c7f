import type { BodyBlock } from '../schema/richText';

/**
 * Guided reflection templates. Each one seeds a new entry with headings and prompts; the
 * prompts are ordinary editable text, so an entry never depends on its template afterwards.
 */
export interface ReflectionTemplate {
  id: string;
  name: string;
  description: string;
  /** The title a new entry starts with; `{date}` becomes the entry's date. */
  title: string;
  blocks: BodyBlock[];
}

const section = (heading: string, prompt: string): BodyBlock[] => [
  { type: 'heading', level: 2, text: heading },
  { type: 'paragraph', text: prompt },
];

export const reflectionTemplates: readonly ReflectionTemplate[] = [
  {
    id: 'after-project',
    name: 'After a project',
    description: 'Look back while it is fresh: what you learned and what you would change.',
    title: 'After the project — {date}',
    blocks: [
      ...section('What did I learn?', ''),
      ...section('What surprised me?', ''),
      ...section('What would I do differently next time?', ''),
      ...section('Who helped, and who should hear about it?', ''),
    ],
  },
  {
    id: 'weekly-check-in',
    name: 'Weekly check-in',
    description: 'Five minutes at the end of the week: wins, blockers and energy.',
    title: 'Week of {date}',
    blocks: [
      ...section('Wins this week', ''),
      ...section('What got in the way?', ''),
      ...section('Energy: what gave it, what drained it?', ''),
      { type: 'heading', level: 2, text: 'Next week I will' },
      { type: 'taskList', items: [''] },
    ],
  },
  {
    id: 'quarterly-career',
    name: 'Quarterly career reflection',
    description: 'Step back: your goals, your progress, and the help you need.',
    title: 'Career reflection — {date}',
    blocks: [
      ...section('My goals: where do I want to be in a year, and in three?', ''),
      ...section('Progress: what moved forward this quarter, and what shows it?', ''),
      ...section('What help I need, from my manager, a mentor or a sponsor?', ''),
      ...section('Skills to grow next', ''),
    ],
  },
  {
    id: 'blank',
    name: 'Blank page',
    description: 'Start from nothing.',
    title: '',
    blocks: [{ type: 'paragraph', text: '' }],
  },
];

export function findTemplate(id: string): ReflectionTemplate | undefined {
  return reflectionTemplates.find((t) => t.id === id);
}
