/**
 * A deterministic stand-in for a 10-year journal: one entry a week, 300–1,200 words each,
 * words drawn Zipf-like from a vocabulary of common English plus generated rarer words, so the
 * index has a realistic number of distinct terms (a uniform or tiny vocabulary would make the
 * index unrealistically small).
 */

const COMMON = `the of and to a in that i it was for on with as my we be at this have
from or had by but not what all were when there can an your which their said if do will
each about how up out them then she many some so these would other into has more her two
like him see time could no make than first been its who now people way find day did get
come made may part team goal learn feedback manager project growth meeting plan skill
mentor review career promotion stretch presentation customer roadmap hiring conflict
delegate priority quarter deadline launch retro coaching résumé café naïve rôle über`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = 'ka lo mi ne ru sa te vo zi pra stel gon dre fil mar tor ven qua lis bro'.split(' ');

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

function makeVocabulary(random: () => number, size: number): string[] {
  const words = new Set(COMMON);
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
    words.add(word);
  }
  return [...words];
}

export interface SyntheticEntry {
  id: string;
  title: string;
  tags: string[];
  body: string;
  updatedAt: number;
}

export function syntheticJournal(count = 520, seed = 42): SyntheticEntry[] {
  const random = seededRandom(seed);
  const vocabulary = makeVocabulary(random, 15_000);
  // Zipf: rank r is drawn with probability ∝ 1/r, by inverting the harmonic CDF approximately.
  const pick = () =>
    vocabulary[
      Math.min(vocabulary.length - 1, Math.floor(Math.exp(random() * Math.log(vocabulary.length))) - 1)
    ]!;
  const entries: SyntheticEntry[] = [];
  const start = Date.UTC(2015, 0, 5);
  for (let i = 0; i < count; i++) {
    const words = 300 + Math.floor(random() * 901);
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    for (let w = 0; w < words; w++) {
      paragraph.push(pick());
      if (paragraph.length > 40 + random() * 60) {
        paragraphs.push(`${paragraph.join(' ')}.`);
        paragraph = [];
      }
    }
    if (paragraph.length) paragraphs.push(`${paragraph.join(' ')}.`);
    entries.push({
      id: `entry-${String(i).padStart(4, '0')}`,
      title: `Week ${i + 1}: ${pick()} ${pick()} ${pick()}`,
      tags: [pick(), pick()],
      body: paragraphs.join('\n'),
      updatedAt: start + i * 7 * 86_400_000,
    });
  }
  return entries;
}
