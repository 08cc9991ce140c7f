import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  readConfirmation,
  readRecordedVersion,
  type ConfirmerRole,
  type SummaryConfirmation,
} from '../../../../shared/schema/meetingSummary';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import type { SummaryClient } from './summaryClient';

export interface MeetingConfirmations {
  recordedVersion: string | null;
  employee: { confirmation: SummaryConfirmation | null; valid: boolean | null };
  manager: { confirmation: SummaryConfirmation | null; valid: boolean | null };
}

const ROLES: readonly ConfirmerRole[] = ['employee', 'manager'];
const keyOf = (spaceId: string, meetingId: string, role: ConfirmerRole, c: SummaryConfirmation) =>
  JSON.stringify([spaceId, meetingId, role, c.version, c.at, c.name, c.paraphrase, c.signature]);

/** Checked signatures, by everything they cover: each is asked of main once per window. */
const checked = new Map<string, boolean>();

/**
 * The stored confirmations of some meetings, each with whether its signature checks under the
 * key of the role it claims (asked of main; null until main answers, false without sharing).
 */
export function useConfirmations(
  space: Y.Doc,
  spaceId: string,
  meetingIds: readonly string[],
  client: SummaryClient | null,
): ReadonlyMap<string, MeetingConfirmations> {
  const idsKey = meetingIds.join('\u0000');
  const read = useCallback(
    (doc: Y.Doc) =>
      idsKey === ''
        ? []
        : idsKey.split('\u0000').map((meetingId) => ({
            meetingId,
            recordedVersion: readRecordedVersion(doc, meetingId),
            employee: readConfirmation(doc, meetingId, 'employee'),
            manager: readConfirmation(doc, meetingId, 'manager'),
          })),
    [idsKey],
  );
  const stored = useDocSnapshot(space, read);
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, boolean>>(() => new Map(checked));
  useEffect(() => {
    if (!client) return;
    const unchecked = stored.flatMap((m) =>
      ROLES.flatMap((role) => {
        const c = m[role];
        return c && !checked.has(keyOf(spaceId, m.meetingId, role, c))
          ? [{ ...c, meetingId: m.meetingId, role }]
          : [];
      }),
    );
    if (unchecked.length === 0) return;
    let active = true;
    client.verify(spaceId, unchecked).then(
      (valid) => {
        unchecked.forEach((c, i) => checked.set(keyOf(spaceId, c.meetingId, c.role, c), valid[i] === true));
        if (active) setVerdicts(new Map(checked));
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [stored, spaceId, client]);
  return useMemo(() => {
    const out = new Map<string, MeetingConfirmations>();
    for (const m of stored) {
      const entry = (role: ConfirmerRole) => {
        const c = m[role];
        return {
          confirmation: c,
          valid: !c ? null : client ? (verdicts.get(keyOf(spaceId, m.meetingId, role, c)) ?? null) : false,
        };
      };
      out.set(m.meetingId, {
        recordedVersion: m.recordedVersion,
        employee: entry('employee'),
        manager: entry('manager'),
      });
    }
    return out;
  }, [stored, spaceId, verdicts, client]);
}
