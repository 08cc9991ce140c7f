import { englishIssueMessage } from '../../../../shared/schema/validation';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { z } from 'zod';
import type * as Y from 'yjs';
import type { TandemApi } from '../../../../shared/ipc/contract';
import type { TandemEvents } from '../../../../shared/ipc/mainEventChannels';
import type { RemotePresenceEvent } from '../../../../shared/ipc/mainEvents';
import { MAX_CURSOR_JSON, type Presence } from '../../../../shared/sync/awarenessFields';
import {
  localPresenceSchema,
  remotePeopleSchema,
  type RemotePerson,
} from '../../../../shared/sync/presenceRelay';
import { createMainEventsClient } from '../../data/mainEventsClient';
import { localAwareness, type AwarenessSource } from './presence';

/**
 * An agenda's Awareness relayed to the other person through main's sync engine. The window
 * keeps its own y-protocols Awareness (y-tiptap's caret plugin and the presence list read it);
 * this user's state goes to main as the three wire fields (name, colour, cursor), and the other
 * person's clients, as main reports them, are mirrored into the same Awareness as remote states
 * in the renderer's shape (`{ user: { name, color }, cursor }`).
 */

export interface PresenceBridge {
  /** `window.tandem.presence.set`: answers with the other person's clients there now (unparsed). */
  setPresence(args: { docId: string; presence: Presence | null }): Promise<unknown>;
  /** Main's `remotePresence` events, already parsed. */
  onRemotePresence(listener: (event: RemotePresenceEvent) => void): () => void;
}

export interface RelayOptions {
  /** Caret moves are frequent: at most one send per this many milliseconds (trailing). */
  throttleMs?: number;
  report?: (message: string) => void;
}

/** Origin of the states mirrored from main, so they are never sent back. */
const FROM_MAIN = Symbol('presence from main');
/**
 * Main is the authority on who is still here (its engine drops a silent peer); the window's
 * Awareness would drop a mirrored state after 30 s without news, so it is refreshed sooner.
 */
const KEEP_MIRRORED_MS = 10_000;
const SOMEONE = { name: 'Someone', color: '#6b7280' };

const idSchema = z.object({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() });
/** A Yjs relative position as JSON (Y.createRelativePositionFromJSON reads these fields). */
const relativePositionSchema = z.object({
  type: idSchema.nullable().optional(),
  tname: z.string().max(200).nullable().optional(),
  item: idSchema.nullable().optional(),
  assoc: z.number().int().optional(),
});
/** y-tiptap's caret: anything else from the other side would throw inside the editor. */
const caretSchema = z.object({ anchor: relativePositionSchema, head: relativePositionSchema });

/** This window's awareness state as the three wire fields; null when it has left. */
export function toWirePresence(state: Record<string, unknown> | null): Presence | null {
  if (state === null) return null;
  const out: Presence = {};
  const user = state.user as { name?: unknown; color?: unknown } | undefined;
  if (typeof user?.name === 'string') out.name = user.name.slice(0, 80);
  if (typeof user?.color === 'string') out.colour = user.color;
  // y-tiptap keeps Y.RelativePosition instances; JSON is what y-protocols would send of them.
  if (state.cursor !== undefined) {
    const json = JSON.stringify(state.cursor);
    if (json.length <= MAX_CURSOR_JSON) out.cursor = JSON.parse(json) as unknown;
  }
  return out;
}

/** One of the other person's clients in the renderer's awareness shape. */
export function toAwarenessState(person: RemotePerson): {
  user: { name: string; color: string };
  cursor: unknown;
} {
  const caret = caretSchema.safeParse(person.cursor);
  return {
    user: {
      name: person.name?.trim() ? person.name : SOMEONE.name,
      color: person.colour ?? SOMEONE.color,
    },
    cursor: caret.success ? caret.data : null,
  };
}

/** An awareness update (the y-protocols format) that sets these clients' states as newer than known. */
function encodeStates(awareness: Awareness, states: [number, unknown][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, states.length);
  for (const [clientId, state] of states) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, (awareness.meta.get(clientId)?.clock ?? 0) + 1);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

export function relayedAwareness(bridge: PresenceBridge, options: RelayOptions = {}): AwarenessSource {
  const throttleMs = options.throttleMs ?? 50;
  const report = options.report ?? ((message: string) => console.warn(message));
  return (docId: string, doc: Y.Doc) => {
    const awareness = new Awareness(doc);
    let released = false;
    let mirrored: RemotePerson[] = [];
    let pending: ReturnType<typeof setTimeout> | null = null;
    let reportedFailure = false;

    const showRemote = (people: RemotePerson[]) => {
      const others = people.filter((person) => person.clientId !== awareness.clientID);
      const staying = new Set(others.map((person) => person.clientId));
      const gone = mirrored.map((person) => person.clientId).filter((id) => !staying.has(id));
      mirrored = others;
      if (others.length > 0) {
        const states = others.map((person): [number, unknown] => [person.clientId, toAwarenessState(person)]);
        applyAwarenessUpdate(awareness, encodeStates(awareness, states), FROM_MAIN);
      }
      if (gone.length > 0) removeAwarenessStates(awareness, gone, FROM_MAIN);
    };

    const send = (presence: Presence | null) => {
      const parsed = localPresenceSchema.safeParse(presence);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        report(`Presence not sent: ${issue ? englishIssueMessage(issue) : 'unreadable'}`);
        return;
      }
      bridge.setPresence({ docId, presence: parsed.data }).then(
        (answer) => {
          const people = z.object({ people: remotePeopleSchema }).safeParse(answer);
          if (!released && people.success) showRemote(people.data.people);
        },
        (error: unknown) => {
          // Once per meeting: a window without sharing keeps failing the same way.
          if (!reportedFailure) report(`Presence not relayed: ${String(error)}`);
          reportedFailure = true;
        },
      );
    };

    const flush = () => {
      pending = null;
      send(toWirePresence(awareness.getLocalState()));
    };

    const onLocalChange = (
      { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
      origin: unknown,
    ) => {
      if (origin === FROM_MAIN || ![...added, ...updated, ...removed].includes(awareness.clientID)) return;
      pending ??= setTimeout(flush, throttleMs);
    };

    const leave = () => {
      if (pending !== null) clearTimeout(pending);
      pending = null;
      send(null);
    };

    awareness.on('change', onLocalChange);
    const unsubscribe = bridge.onRemotePresence((event) => {
      if (event.docId !== docId) return;
      if (!event.partial) return showRemote(event.people);
      // Only what changed: the rest of who is here stays as it was.
      const replaced = new Set([...(event.gone ?? []), ...event.people.map((person) => person.clientId)]);
      showRemote([...mirrored.filter((person) => !replaced.has(person.clientId)), ...event.people]);
    });
    const keepMirrored = setInterval(() => showRemote(mirrored), KEEP_MIRRORED_MS);
    // Closing or reloading the window: say so while the page can still send.
    window.addEventListener('pagehide', leave);

    return {
      awareness,
      release: () => {
        released = true;
        window.removeEventListener('pagehide', leave);
        clearInterval(keepMirrored);
        unsubscribe();
        awareness.off('change', onLocalChange);
        leave();
        awareness.destroy();
      },
    };
  };
}

/** The relayed source when the preload offers presence (Electron), else a window-local one. */
export function awarenessSourceFromPreload(): AwarenessSource {
  const api = window.tandem;
  // A window may be given only part of the API (component tests): relay only with both directions.
  const offered: { presence?: Partial<TandemApi['presence']>; events?: Partial<TandemEvents> } | undefined =
    api;
  const bothWays =
    typeof offered?.presence?.set === 'function' && typeof offered.events?.onRemotePresence === 'function';
  if (!api?.events || !bothWays) return localAwareness;
  const events = createMainEventsClient(api.events);
  return relayedAwareness({
    setPresence: (args) => api.presence.set(args),
    onRemotePresence: (listener) => events.onRemotePresence(listener),
  });
}
