import * as Y from 'yjs';
import { findTemplate, type ReflectionTemplate } from '../shared/journal/templates';
import {
  initReflection,
  reflectionBody,
  reflectionTags,
  reflectionToVaultEntry,
} from '../shared/schema/reflection';
import { appendBlocks, type BodyBlock } from '../shared/schema/richText';
import { migrateVault, updateProfile, upsertVaultEntry } from '../shared/schema/vault';

/**
 * A deterministic 10-year journal for the benchmark: 520 weekly reflections of 300–1,200
 * words (headings and paragraphs), one 5,000-word entry, and the vault index over all of them,
 * each built with the shared schema functions exactly as the app builds documents. The same
 * seed gives byte-identical updates (client ids come from the seed too).
 */

export const BIG_ENTRY_TITLE = 'Ten years in review';
/** The first heading of the big entry, so a benchmark can tell its editor has it loaded. */
export const BIG_ENTRY_FIRST_HEADING = 'Ten years in review — part 1';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON_WORDS = `the of and to a in that i it was for on with as my we be at this have from or had by but
not what all were when there can an your which their said if do will each about how up out them then
she many some so these would other into has more her two like him see time could no make than first
been its who now people way find day did get come made may part team goal learn feedback manager
project growth meeting plan skill mentor review career promotion stretch presentation customer
roadmap hiring conflict delegate priority quarter deadline launch retro coaching offsite budget
interview onboarding architecture migration incident postmortem estimate sprint stakeholder
negotiation sponsor visibility workshop conference writing reading lateral course certificate
energy burnout holiday recognition ownership ambiguity scope tradeoff design prototype research`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = 'ka lo mi ne ru sa te vo zi pra stel gon dre fil mar tor ven qua lis bro'.split(' ');

/** Words a benchmark can search for: each occurs in a good number of entries. */
export const SEARCH_QUERIES = [
  'mentor',
  'offsite',
  'promotion feedback',
  'incident',
  'negotiation',
  'roadmap',
];

const HEADINGS = [
  'What did I learn?',
  'What surprised me?',
  'What would I do differently?',
  'Wins this week',
  'What got in the way?',
  'Energy',
  'Progress on my goals',
  'What help I need',
  'Conversations worth remembering',
  'Next steps',
];

interface WordSource {
  random: () => number;
  word(): string;
  sentence(): string;
  pick<T>(items: readonly T[]): T;
}

function wordSource(seed: number): WordSource {
  const random = seededRandom(seed);
  const vocabulary = new Set(COMMON_WORDS);
  while (vocabulary.size < 12_000) {
    let word = '';
    const syllables = 2 + Math.floor(random() * 3);
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
    vocabulary.add(word);
  }
  const words = [...vocabulary];
  // Zipf-like: rank r with probability ∝ 1/r, so common words repeat and rare ones are rare.
  const word = () =>
    words[Math.min(words.length - 1, Math.floor(Math.exp(random() * Math.log(words.length))) - 1)]!;
  const sentence = () => {
    const n = 8 + Math.floor(random() * 14);
    const parts = Array.from({ length: n }, word);
    const first = parts[0]!;
    parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${parts.join(' ')}.`;
  };
  return { random, word, sentence, pick: (items) => items[Math.floor(random() * items.length)]! };
}

/** Headings and paragraphs adding up to about `words` words. */
function bodyBlocks(source: WordSource, words: number, headingPrefix?: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let written = 0;
  let section = 0;
  while (written < words) {
    section++;
    const heading = headingPrefix ? `${headingPrefix} — part ${section}` : source.pick(HEADINGS);
    blocks.push({ type: 'heading', level: 2, text: heading });
    written += heading.split(' ').length;
    const paragraphs = 1 + Math.floor(source.random() * 3);
    for (let p = 0; p < paragraphs && written < words; p++) {
      const sentences: string[] = [];
      const target = Math.min(words - written, 40 + Math.floor(source.random() * 80));
      let count = 0;
      while (count < target) {
        const s = source.sentence();
        sentences.push(s);
        count += s.split(' ').length;
      }
      blocks.push({ type: 'paragraph', text: sentences.join(' ') });
      written += count;
    }
  }
  return blocks;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function seededId(random: () => number): string {
  let id = '';
  for (let i = 0; i < 20; i++) id += ID_ALPHABET.charAt(Math.floor(random() * 64));
  return id;
}

function template(id: string): ReflectionTemplate {
  const found = findTemplate(id);
  if (!found) throw new Error(`No template ${id}`);
  return found;
}

export interface GeneratedJournal {
  /** docId (`vault`, `item:<id>`) → the document as one Yjs update. */
  docs: Map<string, Uint8Array>;
  reflectionCount: number;
  totalWords: number;
  bigEntryId: string;
}

export interface GenerateOptions {
  seed?: number;
  weeks?: number;
  bigEntryWords?: number;
  /** The newest entry's date; entries go back one week each from here. */
  newest?: number;
}

export function generateJournal({
  seed = 20_240_601,
  weeks = 520,
  bigEntryWords = 5_000,
  newest = Date.UTC(2025, 11, 29, 17, 30),
}: GenerateOptions = {}): GeneratedJournal {
  const source = wordSource(seed);
  const docs = new Map<string, Uint8Array>();
  const vault = new Y.Doc();
  vault.clientID = 1;
  migrateVault(vault);
  updateProfile(vault, { displayName: 'Bench', onboarding: 'skipped', reflectionRhythm: 'weekly' });
  let totalWords = 0;
  let clientId = 100;
  const week = 7 * 86_400_000;

  const addItem = (build: (doc: Y.Doc) => void): string => {
    const doc = new Y.Doc();
    doc.clientID = clientId++;
    build(doc);
    const entry = reflectionToVaultEntry(doc);
    upsertVaultEntry(vault, entry);
    totalWords += entry.wordCount;
    docs.set(`item:${entry.id}`, Y.encodeStateAsUpdate(doc));
    doc.destroy();
    return entry.id;
  };

  for (let i = weeks - 1; i >= 0; i--) {
    const createdAt = newest - (i + 1) * week;
    const templateId = i % 13 === 0 ? 'quarterly-career' : i % 5 === 0 ? 'after-project' : 'weekly-check-in';
    const words = 300 + Math.floor(source.random() * 901);
    const tagPool = ['growth', 'feedback', 'project', 'mentoring', 'energy', 'hiring', 'goals', 'conflict'];
    addItem((doc) => {
      initReflection(doc, {
        id: seededId(source.random),
        now: createdAt,
        template: template(templateId),
        title: `Week ${weeks - i}: ${source.word()} ${source.word()} ${source.word()}`,
      });
      appendBlocks(reflectionBody(doc), bodyBlocks(source, words));
      reflectionTags(doc).push([source.pick(tagPool), `year-${new Date(createdAt).getUTCFullYear()}`]);
    });
  }

  const bigEntryId = addItem((doc) => {
    initReflection(doc, {
      id: seededId(source.random),
      now: newest,
      template: template('blank'),
      title: BIG_ENTRY_TITLE,
    });
    appendBlocks(reflectionBody(doc), bodyBlocks(source, bigEntryWords, BIG_ENTRY_TITLE));
    reflectionTags(doc).push(['review', 'long']);
  });

  docs.set('vault', Y.encodeStateAsUpdate(vault));
  vault.destroy();
  return { docs, reflectionCount: weeks + 1, totalWords, bigEntryId };
}

export interface PasteText {
  /** Paragraphs separated by blank lines, as email or a text file puts them. */
  text: string;
  paragraphs: number;
  firstParagraph: string;
  lastParagraph: string;
}

/** About `chars` characters of plain text for a paste benchmark, in paragraphs of 40–120 words. */
export function generatePasteText({ chars = 1_000_000, seed = 20_251_125 } = {}): PasteText {
  const source = wordSource(seed);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentences: string[] = [];
    const target = 40 + Math.floor(source.random() * 80);
    for (let count = 0; count < target;) {
      const s = source.sentence();
      sentences.push(s);
      count += s.split(' ').length;
    }
    // Not "1. …": TipTap turns text whose every line is numbered into an ordered list.
    const paragraph = `Paragraph ${paragraphs.length + 1}: ${sentences.join(' ')}`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return {
    text: paragraphs.join('\n\n'),
    paragraphs: paragraphs.length,
    firstParagraph: paragraphs[0]!,
    lastParagraph: paragraphs.at(-1)!,
  };
}
