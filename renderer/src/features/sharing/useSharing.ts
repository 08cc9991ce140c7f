import { useCallback, useEffect, useState } from 'react';
import type { IdentityView, SpaceView } from '../../../../shared/sharing/sharingIpc';
import { mainEventsFromPreload } from '../../data/mainEventsClient';
import { messageOf, type SharingClient } from './sharingClient';

/**
 * How often the page asks main for the spaces' state while it is open ("last synced" times);
 * changes of status and consent arrive as events from main and redraw at once.
 */
export const SPACES_REFRESH_MS = 2000;

export interface SharingState {
  identity: IdentityView | null;
  spaces: SpaceView[] | null;
  error: string | null;
  setIdentity: (identity: IdentityView) => void;
  /** Runs a change; its reply (the new spaces) replaces the list, a failure becomes `error`. */
  run: (change: () => Promise<SpaceView[]>) => Promise<boolean>;
  refresh: () => void;
}

export function useSharing(client: SharingClient): SharingState {
  const [identity, setIdentity] = useState<IdentityView | null>(null);
  const [spaces, setSpaces] = useState<SpaceView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    client.listSpaces().then(setSpaces, (e: unknown) => setError(messageOf(e)));
  }, [client]);

  useEffect(() => {
    let active = true;
    client.identity().then(
      (value) => active && setIdentity(value),
      (e: unknown) => active && setError(messageOf(e)),
    );
    refresh();
    const timer = setInterval(refresh, SPACES_REFRESH_MS);
    // Main says when a space's sync status or consent changes: redraw at once, not at the next tick.
    const events = mainEventsFromPreload();
    const stopStatus = events?.onSyncStatus(refresh);
    const stopSpaces = events?.onSpacesChanged(refresh);
    return () => {
      active = false;
      clearInterval(timer);
      stopStatus?.();
      stopSpaces?.();
    };
  }, [client, refresh]);

  const run = useCallback(async (change: () => Promise<SpaceView[]>) => {
    try {
      setSpaces(await change());
      setError(null);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  }, []);

  return { identity, spaces, error, setIdentity, run, refresh };
}
