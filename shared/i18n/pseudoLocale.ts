import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

/**
 * The pseudo-locale (en-XA): every English message with its letters accented and 30 % more
 * length, inside brackets, its arguments, plurals and tags untouched. Text that appears on
 * screen without the accents was never put through a catalogue; text whose closing bracket is
 * missing was clipped; two bracketed pieces side by side were concatenated.
 */

const ACCENTED: Record<string, string> = {
  a: 'à',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'À',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (char) => ACCENTED[char] ?? char);
}

function letterCount(elements: readonly MessageFormatElement[]): number {
  let count = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) count += element.value.length;
    if (element.type === TYPE.tag) count += letterCount(element.children);
  }
  return count;
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: accent(element.value) };
      case TYPE.tag:
        return { ...element, children: transform(element.children) };
      case TYPE.plural:
      case TYPE.select:
        return {
          ...element,
          options: Object.fromEntries(
            Object.entries(element.options).map(([key, option]) => [
              key,
              { ...option, value: wrap(option.value) },
            ]),
          ),
        };
      default:
        return element;
    }
  });
}

/** Accents and pads one message's elements: `[Ŝàṽé ···]`, about 30 % longer. */
function wrap(elements: MessageFormatElement[]): MessageFormatElement[] {
  const padding = '·'.repeat(Math.max(1, Math.ceil(letterCount(elements) * 0.3)));
  return [
    { type: TYPE.literal, value: '[' },
    ...transform(elements),
    { type: TYPE.literal, value: ` ${padding}]` },
  ];
}

export function pseudoLocalize(message: string): string {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the printer's module declares its own copy of the parser's TYPE enum, with the same values
  return printAST(wrap(parse(message)));
}

/** The pseudo-locale's catalogue, made from the English one. */
export function pseudoCatalogue(english: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(english).map(([id, message]) => [id, pseudoLocalize(message)]));
}
