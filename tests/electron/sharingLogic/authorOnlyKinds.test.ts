import { describe, expect, it } from 'vitest';
import {
  spaceMayExchange,
  spaceTakesIn,
  type SpaceRecord,
} from '../../../electron/main/sharingLogic/spaceConsent';

/**
 * Issue 18: a career framework and a person's shared ratings stay their author's. Both flow out
 * once accepted, but the author's side takes in no change to them, whatever the other
 * installation writes; the same item offered by the peer is theirs, and takes changes from them.
 */

const space = (items: SpaceRecord['items']): SpaceRecord => ({
  spaceId: 'space1',
  topic: 'a'.repeat(64),
  myRole: 'manager',
  peerName: 'Avery',
  peerPublicKey: 'b'.repeat(64),
  sharing: 'on',
  peerSharing: 'on',
  left: false,
  items,
});

describe('items only their author writes', () => {
  it.each(['framework', 'shared-ratings', 'reflection'])(
    'a %s this side offered flows out, takes nothing in',
    (kind) => {
      const record = space({ 'item:x': { kind, title: 'T', offeredBy: 'me', state: 'accepted' } });
      expect(spaceMayExchange(record, 'item:x')).toBe(true);
      expect(spaceTakesIn(record, 'item:x')).toBe(false);
    },
  );

  it.each(['framework', 'shared-ratings'])('a %s the peer offered takes their changes in', (kind) => {
    const record = space({ 'item:x': { kind, title: 'T', offeredBy: 'peer', state: 'accepted' } });
    expect(spaceTakesIn(record, 'item:x')).toBe(true);
  });

  it('a goal this side offered still takes the other person’s edits', () => {
    const record = space({ 'item:x': { kind: 'goal', title: 'T', offeredBy: 'me', state: 'accepted' } });
    expect(spaceTakesIn(record, 'item:x')).toBe(true);
  });
});
