import { describe, expect, it } from 'vitest';
import {
  spaceCovers,
  spaceMayExchange,
  spaceTakesIn,
  type SpaceRecord,
} from '../../../electron/main/sharingLogic/spaceConsent';

/**
 * Issue 17, points 2 and 6: an item's comments (`comments:<id>`) belong to a space exactly when
 * the item does, and both people's comments are taken in (a reflection's too); its history
 * (`history:<id>`) belongs to no space, ever.
 */
const space = (state: 'proposed' | 'accepted' | 'withdrawn', kind = 'reflection'): SpaceRecord => ({
  spaceId: 'space0001',
  topic: 'a'.repeat(64),
  myRole: 'employee',
  peerName: 'Sam',
  peerPublicKey: 'b'.repeat(64),
  sharing: 'on',
  peerSharing: 'on',
  left: false,
  items: { 'item:r1': { kind, title: 'T', offeredBy: 'me', state } },
});

describe('what travels beside a shared item', () => {
  it('its comments, exactly while it is shared', () => {
    expect(spaceCovers(space('accepted'), 'comments:r1')).toBe(true);
    expect(spaceCovers(space('proposed'), 'comments:r1')).toBe(false);
    expect(spaceCovers(space('withdrawn'), 'comments:r1')).toBe(false);
    expect(spaceCovers(space('accepted'), 'comments:other')).toBe(false);
    expect(spaceMayExchange({ ...space('accepted'), peerSharing: 'paused' }, 'comments:r1')).toBe(false);
    // The reflection stays its writer's words; the comments on it are both people's.
    expect(spaceTakesIn(space('accepted'), 'item:r1')).toBe(false);
    expect(spaceTakesIn(space('accepted'), 'comments:r1')).toBe(true);
  });

  it('never its history', () => {
    expect(spaceCovers(space('accepted'), 'history:r1')).toBe(false);
    expect(spaceCovers(space('accepted', 'goal'), 'history:r1')).toBe(false);
  });
});
