import { englishMessages, type MessageId } from '../i18n/messages';
import type { BodyBlock } from '../schema/richText';

/**
 * Guided reflection templates. Each one seeds a new entry with headings and prompts; the
 * prompts are ordinary editable text, so an entry never depends on its template afterwards.
 * Their words are messages (`templates.*`): a new entry starts in the language it is created
 * in, and stays in it whatever language is chosen later.
 */
export interface ReflectionTemplate {
  id: string;
  name: string;
  description: string;
  /** The title a new entry starts with; `{date}` becomes the entry's date. */
  title: string;
  blocks: BodyBlock[];
}

/** A template's words by message id; `{date}` stays in the title for the entry's date. */
export type TemplateText = (id: MessageId, values: { date: string }) => string;

type SourceBlock = { heading: MessageId } | { taskList: true } | { paragraph: true };

interface TemplateSource {
  id: string;
  name: MessageId;
  description: MessageId;
  title: MessageId | null;
  blocks: readonly SourceBlock[];
}

/** A heading and an empty paragraph under it for the answer. */
const section = (heading: MessageId): SourceBlock[] => [{ heading }, { paragraph: true }];

const sources: readonly TemplateSource[] = [
  {
    id: 'after-project',
    name: 'templates.afterProject.name',
    description: 'templates.afterProject.description',
    title: 'templates.afterProject.title',
    blocks: [
      ...section('templates.afterProject.learned'),
      ...section('templates.afterProject.surprised'),
      ...section('templates.afterProject.differently'),
      ...section('templates.afterProject.helped'),
    ],
  },
  {
    id: 'weekly-check-in',
    name: 'templates.weekly.name',
    description: 'templates.weekly.description',
    title: 'templates.weekly.title',
    blocks: [
      ...section('templates.weekly.wins'),
      ...section('templates.weekly.inTheWay'),
      ...section('templates.weekly.energy'),
      { heading: 'templates.weekly.nextWeek' },
      { taskList: true },
    ],
  },
  {
    id: 'quarterly-career',
    name: 'templates.quarterly.name',
    description: 'templates.quarterly.description',
    title: 'templates.quarterly.title',
    blocks: [
      ...section('templates.quarterly.goals'),
      ...section('templates.quarterly.progress'),
      ...section('templates.quarterly.help'),
      ...section('templates.quarterly.skills'),
    ],
  },
  {
    id: 'blank',
    name: 'templates.blank.name',
    description: 'templates.blank.description',
    title: null,
    blocks: [{ paragraph: true }],
  },
];

function block(source: SourceBlock, text: TemplateText): BodyBlock {
  if ('heading' in source)
    return { type: 'heading', level: 2, text: text(source.heading, { date: '{date}' }) };
  if ('taskList' in source) return { type: 'taskList', items: [''] };
  return { type: 'paragraph', text: '' };
}

/** Every template in one language (the ids are the same in all). */
export function templatesIn(text: TemplateText): ReflectionTemplate[] {
  return sources.map((source) => ({
    id: source.id,
    name: text(source.name, { date: '{date}' }),
    description: text(source.description, { date: '{date}' }),
    title: source.title === null ? '' : text(source.title, { date: '{date}' }),
    blocks: source.blocks.map((b) => block(b, text)),
  }));
}

/** English, read straight from the catalogue: template messages have no plurals or selects. */
const englishText: TemplateText = (id, { date }) => englishMessages[id].replaceAll('{date}', date);

export const reflectionTemplates: readonly ReflectionTemplate[] = templatesIn(englishText);

export function findTemplate(id: string, text?: TemplateText): ReflectionTemplate | undefined {
  return (text ? templatesIn(text) : reflectionTemplates).find((t) => t.id === id);
}
