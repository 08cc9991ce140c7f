import { useCallback, useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { localMemberId, readLocalMemberId } from '../../../../shared/schema/meetingIdentity';
import type { Member, MemberRole } from '../../../../shared/schema/spaceMembers';
import { useYSnapshot } from '../../data/useYSnapshot';
import { useProfile } from '../../services/useVault';

/**
 * This person as a member of a series: the vault's member id, the display name from the
 * profile (or "Me"), and the role the sharing layer reports. Null for the moment the id is
 * first created (written to the vault in an effect, never during render).
 */
export function useMe(vault: Y.Doc, role: MemberRole | null): Member | null {
  const profile = useProfile(vault);
  const read = useCallback(() => readLocalMemberId(vault), [vault]);
  const id = useYSnapshot(vault.getMap('oneOnOne'), read);
  useEffect(() => {
    if (id === null) localMemberId(vault);
  }, [id, vault]);
  const name = profile.displayName.trim() || 'Me';
  return useMemo(() => (id === null ? null : { id, name, role }), [id, name, role]);
}
