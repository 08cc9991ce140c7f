import { beforeAll, describe, expect, it } from 'vitest';
import type { SpaceView } from '../../../shared/sharing/sharingIpc';
import { spaceStatusLabel, spaceStatusText } from '../../../renderer/src/features/sharing/spaceStatus';
import { isolate } from '../../../shared/i18n/locales';
import type { Translate } from '../../../renderer/src/i18n/useT';
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

const Sam = isolate('Sam');
let t: Translate;
beforeAll(async () => {
  t = await translatorIn('en');
});

describe('space status text', () => {
  it('puts my own pause first, then theirs, then the connection', () => {
    expect(spaceStatusText(t, { ...base, sharing: 'paused', peerSharing: 'paused' }, NOW)).toMatch(
      /paused by you/,
    );
    expect(spaceStatusText(t, { ...base, peerSharing: 'paused' }, NOW)).toBe(
      `Waiting for ${Sam} to turn sharing on.`,
    );
    expect(spaceStatusText(t, { ...base, peerSharing: 'unknown' }, NOW)).toBe(
      `Waiting for ${Sam} to turn sharing on.`,
    );
    expect(spaceStatusText(t, base, NOW)).toBe('Connected.');
  });

  it('says when a change from the other person was refused, beside the connection', () => {
    const refused =
      'A change from Maya to “Team lead plan” was refused: it would make it larger than 32 MB, the most a ' +
      'shared item may hold. It keeps what it had, and everything else goes on syncing.';
    expect(spaceStatusText(t, { ...base, connected: true, refused }, 0)).toBe(`Connected. ${refused}`);
  });

  it('says when the other person runs a newer Tandem', () => {
    expect(spaceStatusText(t, { ...base, connected: true, peerApp: '0.9.0', peerIsNewer: true }, 0)).toBe(
      `Connected. ${Sam} uses a newer Tandem (${isolate('0.9.0')}): what they write that this version cannot ` +
        'edit opens read-only, and is kept as it is, until you update.',
    );
  });

  it('says when it last synced and how many changes wait while offline', () => {
    expect(spaceStatusText(t, { ...base, connected: false, pendingChanges: 3 }, NOW)).toBe(
      `Not connected: ${Sam}’s Tandem is offline. Last synced 5 minutes ago. 3 changes waiting to be sent.`,
    );
    expect(spaceStatusText(t, { ...base, connected: false, lastSyncedAt: null }, NOW)).toBe(
      `Not connected: ${Sam}’s Tandem is offline. Not synced yet.`,
    );
    expect(spaceStatusText(t, { ...base, pendingChanges: 1 }, NOW)).toBe(
      'Connected. 1 change waiting to be sent.',
    );
  });
});

describe('the sync line in German and Arabic', () => {
  it('counts waiting changes with the language’s plurals and says when it last synced in its words', async () => {
    const de = await translatorIn('de');
    expect(spaceStatusText(de, { ...base, connected: false, pendingChanges: 1 }, NOW)).toBe(
      `Nicht verbunden: Das Tandem von ${Sam} ist offline. Zuletzt synchronisiert vor 5 Minuten. ` +
        '1 Änderung wartet auf das Senden.',
    );
    expect(
      spaceStatusText(de, { ...base, lastSyncedAt: NOW - 3 * 3_600_000, connected: false }, NOW),
    ).toContain('vor 3 Stunden');
    expect(
      spaceStatusText(de, { ...base, lastSyncedAt: Date.UTC(2026, 2, 3, 12), connected: false }, NOW),
    ).toContain('am 3. März 2026');
    const ar = await translatorIn('ar');
    const arabic = spaceStatusText(ar, { ...base, connected: true, pendingChanges: 2 }, NOW);
    expect(arabic).toBe('متصل. تغييران في انتظار الإرسال.');
    expect(spaceStatusText(ar, { ...base, peerSharing: 'paused' }, NOW)).toBe(
      `في انتظار أن يشغّل ${Sam} المشاركة.`,
    );
  });
});

describe('the short status a list shows', () => {
  it('says the same as the card for every combination of switches and connection', () => {
    const pairs: [string, RegExp][] = [
      ['Sharing paused', /^Sharing paused by you\./],
      ['Waiting for Sam', new RegExp(`^Waiting for ${Sam} to turn sharing on\\.`)],
      ['Connected', /^Connected\./],
      ['Offline', new RegExp(`^Not connected: ${Sam}’s Tandem is offline\\.`)],
    ];
    for (const sharing of ['on', 'paused'] as const) {
      for (const peerSharing of ['on', 'paused', 'unknown'] as const) {
        for (const connected of [true, false]) {
          const space = { ...base, sharing, peerSharing, connected };
          const label = spaceStatusLabel(t, space);
          const card = pairs.find(([short]) => short === label)?.[1];
          expect(card, `${sharing}/${peerSharing}/${String(connected)}: ${label}`).toBeDefined();
          expect(spaceStatusText(t, space, NOW)).toMatch(card!);
        }
      }
    }
  });
});
