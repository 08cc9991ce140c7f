import { Extension } from '@tiptap/react';
import { Fragment, Slice, type Mark, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { englishTranslator, type Translate } from '../../i18n/useT';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Plain-text paste without the DOM round trip.
 *
 * ProseMirror's default turns pasted text into a detached `<div>` of `<p>` elements and parses
 * that back with the schema's DOM parser; for a megabyte of text that is tens of thousands of
 * DOM nodes built only to be thrown away. Here the text becomes paragraph nodes directly, and
 * ProseMirror still inserts the slice in one transaction (so it is one Yjs update and one undo
 * step).
 *
 * How lines become blocks:
 * - Text that separates paragraphs with blank lines (email, Markdown, hard-wrapped notes)
 *   gets one paragraph per blank-line-separated block, and the single line breaks inside a
 *   block stay as hard breaks, so the text looks as it did where it was copied from.
 * - Text without blank lines uses each line break as a paragraph break (what notes apps and
 *   word processors put on the clipboard), so a long list of lines does not become one
 *   paragraph holding thousands of hard breaks.
 */

const BLANK_LINE = /\n[ \t]*\n/;
const BLOCK_SEPARATOR = /\n(?:[ \t]*\n)+/;

/** Splits pasted text into blocks, each a list of lines. Exported for tests. */
export function splitPlainText(text: string): string[][] {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (BLANK_LINE.test(normalised)) {
    return normalised
      .split(BLOCK_SEPARATOR)
      .map((block) => block.split('\n'))
      .filter((lines) => lines.some((line) => line !== ''));
  }
  return normalised
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => [line]);
}

function paragraphFromLines(schema: Schema, lines: string[], marks: readonly Mark[]): PMNode {
  const { paragraph, hardBreak } = schema.nodes;
  if (!paragraph) throw new Error('The editor schema has no paragraph node');
  const inline: PMNode[] = [];
  lines.forEach((line, index) => {
    if (index > 0 && hardBreak) inline.push(hardBreak.create());
    // schema.text('') throws: empty lines inside a block are just the hard break.
    if (line !== '') inline.push(schema.text(line, marks));
  });
  return paragraph.create(null, inline);
}

/**
 * The slice for pasted plain text. Open on both sides, so the first block joins the paragraph
 * at the cursor and the last one takes the text after it, as typing would.
 */
export function plainTextToSlice(text: string, schema: Schema, marks: readonly Mark[] = []): Slice {
  const paragraphs = splitPlainText(text).map((lines) => paragraphFromLines(schema, lines, marks));
  if (paragraphs.length === 0) return Slice.empty;
  return new Slice(Fragment.fromArray(paragraphs), 1, 1);
}

/**
 * The largest paste accepted, in characters (about 300,000 words). Measured in jsdom, a
 * 1 MB paste takes about half a second end to end, while 4 MB takes three seconds and leaves
 * every later keystroke slow, because y-tiptap re-diffs the whole body on each change.
 * Anything bigger is refused whole, with a message, rather than cut short.
 */
export const MAX_PASTE_CHARS = 2_000_000;

export interface PlainTextPasteOptions {
  maxChars: number;
  /** Told when a paste was refused for its size (see pasteTooLargeMessage). */
  onPasteRefused: (refused: PasteRefusal) => void;
}

export interface PasteRefusal {
  chars: number;
  maxChars: number;
}

/** What the person pasting is told, in the window's language (English without one). */
export function pasteTooLargeMessage(
  chars: number,
  maxChars: number,
  t: Translate = englishTranslator(),
): string {
  return t('editor.paste.tooLarge', { chars, max: maxChars });
}

export const plainTextPasteKey = new PluginKey('tandemPlainTextPaste');

/**
 * Registers {@link plainTextToSlice} as ProseMirror's clipboard text parser, and refuses
 * pastes over `maxChars` before ProseMirror starts parsing them.
 */
export const PlainTextPaste = Extension.create<PlainTextPasteOptions>({
  name: 'tandemPlainTextPaste',
  addOptions() {
    return { maxChars: MAX_PASTE_CHARS, onPasteRefused: () => undefined };
  },
  addProseMirrorPlugins() {
    const { maxChars, onPasteRefused } = this.options;
    return [
      new Plugin({
        key: plainTextPasteKey,
        props: {
          // DOM event handlers run before ProseMirror's own paste handling.
          handleDOMEvents: {
            paste: (_view, event) => {
              const data = event.clipboardData;
              if (!data) return false;
              // The text is what lands in the entry; copied HTML carries markup on top of it,
              // so it only counts when there is no plain-text flavour.
              const chars = data.getData('text/plain').length || data.getData('text/html').length;
              if (chars <= maxChars) return false;
              event.preventDefault();
              onPasteRefused({ chars, maxChars });
              return true;
            },
          },
          clipboardTextParser: (text, $context, _plain, view) =>
            plainTextToSlice(text, view.state.schema, $context.marks()),
        },
      }),
    ];
  },
});
