import { describe, expect, it } from 'vitest';
import type { SpaceView } from '../../../shared/sharing/sharingIpc';
import { spaceStatusLabel, spaceStatusText } from '../../../renderer/src/features/sharing/spaceStatus';
import { translatorIn } from '../i18n/translator';

const NOW = Date.UTC(2026, 2, 10, 12);
const base: SpaceView = {
  spaceId: 'spaceSam00001',
  peerName: 'Sam',
  peerFingerprint: 'ABCD-EFGH-JKMN-PQRS',
  myRole: 'employee',
  sharing: 'on',
  peerSharing: 'on',
  connected: true,
  lastSyncedAt: NOW - 5 * 60_000,
  pendingChanges: 0,
  items: [],
};

describe('space status text', () => {
  it('puts my own pause first, then theirs, then the connection', () => {
    expect(spaceStatusText({ ...base, sharing: 'paused', peerSharing: 'paused' }, NOW)).toMatch(
      /paused by you/,
    );
    expect(spaceStatusText({ ...base, peerSharing: 'paused' }, NOW)).toBe(
      'Waiting for Sam to turn sharing on.',
    );
    expect(spaceStatusText({ ...base, peerSharing: 'unknown' }, NOW)).toBe(
      'Waiting for Sam to turn sharing on.',
    );
    expect(spaceStatusText(base, NOW)).toBe('Connected.');
  });

  it('says when a change from the other person was refused, beside the connection', () => {
    const refused =
      'A change from Maya to “Team lead plan” was refused: it would make it larger than 32 MB, the most a ' +
      'shared item may hold. It keeps what it had, and everything else goes on syncing.';
    expect(spaceStatusText({ ...base, connected: true, refused }, 0)).toBe(`Connected. ${refused}`);
  });

  it('says when the other person runs a newer Tandem', () => {
    expect(spaceStatusText({ ...base, connected: true, peerApp: '0.9.0', peerIsNewer: true }, 0)).toBe(
      `Connected. ${base.peerName} uses a newer Tandem (0.9.0): what they write that this version cannot ` +
        'edit opens read-only, and is kept as it is, until you update.',
    );
  });

  it('says when it last synced and how many changes wait while offline', () => {
    expect(spaceStatusText({ ...base, connected: false, pendingChanges: 3 }, NOW)).toBe(
      'Not connected: Sam’s Tandem is offline. Last synced 5 minutes ago. 3 changes waiting to be sent.',
    );
    expect(spaceStatusText({ ...base, connected: false, lastSyncedAt: null }, NOW)).toBe(
      'Not connected: Sam’s Tandem is offline. Not synced yet.',
    );
    expect(spaceStatusText({ ...base, pendingChanges: 1 }, NOW)).toBe(
      'Connected. 1 change waiting to be sent.',
    );
  });
});

describe('the short status a list shows', () => {
  it('says the same as the card for every combination of switches and connection', async () => {
    const t = await translatorIn('en');
    const pairs: [string, RegExp][] = [
      ['Sharing paused', /^Sharing paused by you\./],
      ['Waiting for Sam', /^Waiting for Sam to turn sharing on\./],
      ['Connected', /^Connected\./],
      ['Offline', /^Not connected: Sam’s Tandem is offline\./],
    ];
    for (const sharing of ['on', 'paused'] as const) {
      for (const peerSharing of ['on', 'paused', 'unknown'] as const) {
        for (const connected of [true, false]) {
          const space = { ...base, sharing, peerSharing, connected };
          const label = spaceStatusLabel(t, space);
          const card = pairs.find(([short]) => short === label)?.[1];
          expect(card, `${sharing}/${peerSharing}/${String(connected)}: ${label}`).toBeDefined();
          expect(spaceStatusText(space, NOW)).toMatch(card!);
        }
      }
    }
  });
});
