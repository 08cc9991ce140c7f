import type { Plugin } from '@tiptap/pm/state';
import { Extension } from '@tiptap/react';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';
import type * as Y from 'yjs';
import './presence.css';

/**
 * Presence in a meeting: who has it open and where their caret is in the shared notes, carried
 * by a y-protocols Awareness. Each side publishes exactly two fields — `user` (name, colour) and
 * the editor's `cursor` (relative positions) — and nothing else, so presence tells the other
 * person no more than that. States written by the other side are parsed, never trusted.
 */

const PALETTE = ['#2563eb', '#c2410c', '#047857', '#7c3aed', '#be123c', '#0e7490'];

/** A stable colour per member, the same on both machines. */
export function memberColour(memberId: string): string {
  let hash = 0;
  for (let i = 0; i < memberId.length; i++) hash = (hash * 31 + memberId.charCodeAt(i)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#2563eb';
}

export interface PresenceUser {
  name: string;
  color: string;
}

const presenceUserSchema = z.object({
  name: z.string().trim().min(1).max(80),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});

export interface PresentPerson extends PresenceUser {
  clientId: number;
  isMe: boolean;
  /** Whether their caret is in the shared notes. */
  inNotes: boolean;
}

/** Everyone present (me first), from the awareness states that parse. */
export function presentPeople(awareness: Awareness): PresentPerson[] {
  const out: PresentPerson[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = presenceUserSchema.safeParse((state as { user?: unknown }).user);
    if (!user.success) return;
    const cursor = (state as { cursor?: unknown }).cursor;
    out.push({
      ...user.data,
      clientId,
      isMe: clientId === awareness.clientID,
      inNotes: typeof cursor === 'object' && cursor !== null,
    });
  });
  return out.sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name));
}

/**
 * Where an agenda's Awareness comes from. By default a local one (only this window in it); the
 * sync layer can supply one that it relays to the other person with y-protocols messages.
 */
export type AwarenessSource = (docId: string, doc: Y.Doc) => { awareness: Awareness; release: () => void };

export const localAwareness: AwarenessSource = (_docId, doc) => {
  const awareness = new Awareness(doc);
  return { awareness, release: () => awareness.destroy() };
};

/** Name and colour beside the caret, built without innerHTML (the name is the other person's text). */
function cursorElement(user: unknown): HTMLElement {
  const parsed = presenceUserSchema.safeParse(user);
  const { name, color } = parsed.success ? parsed.data : { name: 'Someone', color: '#6b7280' };
  const caret = document.createElement('span');
  caret.className = 'presence-caret';
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'presence-caret__label';
  label.style.backgroundColor = color;
  label.textContent = name;
  caret.append(label);
  return caret;
}

/** The other people's carets in the shared notes (y-tiptap's cursor plugin over the same awareness). */
export function presenceCursorExtension(awareness: Awareness) {
  return Extension.create({
    name: 'tandemPresenceCursor',
    addProseMirrorPlugins() {
      // y-tiptap's typings say `any`; it is a ProseMirror Plugin.
      const plugin = yCursorPlugin(awareness, {
        cursorBuilder: (user: unknown) => cursorElement(user),
      }) as Plugin;
      return [plugin];
    },
  });
}
