import { useCallback } from 'react';
import type * as Y from 'yjs';
import {
  readProfile,
  readVaultEntries,
  type Profile,
  type VaultEntriesRead,
} from '../../../shared/schema/vault';
import { useYSnapshot } from '../data/useYSnapshot';

export function useVaultEntries(vault: Y.Doc): VaultEntriesRead {
  const entries = vault.getMap('entries');
  const read = useCallback(() => readVaultEntries(vault), [vault]);
  return useYSnapshot(entries, read);
}

export function useProfile(vault: Y.Doc): Profile {
  const profile = vault.getMap('profile');
  const read = useCallback(() => readProfile(vault), [vault]);
  return useYSnapshot(profile, read);
}
