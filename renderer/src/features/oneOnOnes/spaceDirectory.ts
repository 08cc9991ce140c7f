import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { SharedItemNotice } from '../../../../shared/oneOnOne/sinceLastTime';
import { mainEventsFromPreload } from '../../data/mainEventsClient';
import type { SpaceSyncFacts } from '../sharing';

/**
 * The spaces (relationships) this user has, as the sharing layer lists them over IPC
 * (`tandem:sharing:listSpaces`, shared/sharing/sharingIpc.ts). Where a build or test harness has
 * no sharing service the page says so rather than inventing spaces. The answer crosses a process
 * boundary, so it is parsed from `unknown`, keeping only what this page shows. The list is asked
 * for again whenever main says a space's sync status or consent changed, so what it says follows
 * the People & sharing card live.
 */

export interface SpaceListing {
  id: string;
  peerName: string;
  myRole: string;
  /** What sync comes down to, said in a word or two by spaceStatusLabel, as the space card says it. */
  sync: SpaceSyncFacts;
  /** Who has paused sharing, while either has: changes made meanwhile wait until it resumes. */
  pausedBy: 'me' | 'peer' | null;
  /** Documents both have accepted into the space (what "since last time" calls newly shared). */
  items: SharedItemNotice[];
}

const sharedItemSchema = z.object({
  docId: z.string().max(200),
  kind: z.string().max(40),
  title: z.string().max(200),
  state: z.string(),
});

const listingSchema = z
  .object({
    spaceId: z.string().regex(/^[A-Za-z0-9_-]{1,120}$/),
    peerName: z.string().max(200).catch(''),
    myRole: z.string().max(40).catch(''),
    sharing: z.enum(['on', 'paused']).catch('paused'),
    peerSharing: z.enum(['on', 'paused', 'unknown']).catch('unknown'),
    connected: z.boolean().catch(false),
    items: z.array(z.unknown()).max(2000).catch([]),
  })
  .transform((s): SpaceListing => ({
    id: s.spaceId,
    peerName: s.peerName,
    myRole: s.myRole,
    sync: { peerName: s.peerName, sharing: s.sharing, peerSharing: s.peerSharing, connected: s.connected },
    pausedBy: s.sharing === 'paused' ? 'me' : s.peerSharing === 'paused' ? 'peer' : null,
    items: s.items.flatMap((raw) => {
      const item = sharedItemSchema.safeParse(raw);
      return item.success && item.data.state === 'accepted'
        ? [{ id: item.data.docId, kind: item.data.kind, title: item.data.title }]
        : [];
    }),
  }));
const listSchema = z.union([
  z.array(z.unknown()),
  z.object({ spaces: z.array(z.unknown()) }).transform((r) => r.spaces),
]);

export function parseSpaceListings(value: unknown): SpaceListing[] {
  const list = listSchema.safeParse(value);
  if (!list.success) return [];
  const out: SpaceListing[] = [];
  for (const item of list.data) {
    const parsed = listingSchema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

type ListSpaces = (args: Record<string, never>) => Promise<unknown>;

/** `window.tandem.sharing.listSpaces` when this build has it. */
function listSpacesChannel(): ListSpaces | null {
  const api = (globalThis as { tandem?: unknown }).tandem as
    { sharing?: { listSpaces?: unknown } } | undefined;
  const fn = api?.sharing?.listSpaces;
  return typeof fn === 'function' ? (fn.bind(api?.sharing) as ListSpaces) : null;
}

export type SpaceDirectory =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; spaces: SpaceListing[] };

export function useSpaceDirectory(): SpaceDirectory {
  const [channel] = useState(listSpacesChannel);
  const [state, setState] = useState<SpaceDirectory>(
    channel ? { status: 'loading' } : { status: 'unavailable' },
  );
  useEffect(() => {
    if (!channel) return;
    let active = true;
    // Answers are applied in the order asked, so a slow early answer never overwrites a newer one.
    let asked = 0;
    let applied = 0;
    const refresh = () => {
      const ticket = ++asked;
      channel({}).then(
        (value) => {
          if (!active || ticket < applied) return;
          applied = ticket;
          setState({ status: 'ready', spaces: parseSpaceListings(value) });
        },
        (error: unknown) => {
          if (!active || ticket < applied) return;
          applied = ticket;
          const message = error instanceof Error ? error.message : String(error);
          // A list already shown stays; a refresh that fails does not take it away.
          setState((shown) => (shown.status === 'ready' ? shown : { status: 'failed', message }));
        },
      );
    };
    refresh();
    const events = mainEventsFromPreload();
    const stopStatus = events?.onSyncStatus(refresh);
    const stopSpaces = events?.onSpacesChanged(refresh);
    return () => {
      active = false;
      stopStatus?.();
      stopSpaces?.();
    };
  }, [channel]);
  return state;
}
