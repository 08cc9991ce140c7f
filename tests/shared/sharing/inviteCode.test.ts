import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../../shared/sharing/base32';
import { keyFingerprint } from '../../../shared/sharing/fingerprint';
import {
  counterpartRole,
  encodeInviteCode,
  type Invitation,
  type InvitationCheckContext,
  parseInviteCode,
} from '../../../shared/sharing/inviteCode';

const NOW = Date.UTC(2025, 4, 12, 9, 30);
const invitation: Invitation = {
  version: 1,
  spaceId: 'Zq3_kP0aB-7xYc2LmN4d',
  inviterPublicKey: 'a1'.repeat(32),
  invitationPublicKey: 'b2'.repeat(32),
  secret: 'c3'.repeat(16),
  expiresAt: NOW + 24 * 3600_000,
  inviterRole: 'employee',
  inviterName: 'Amélie Durand',
};
const context: InvitationCheckContext = { now: NOW, ownPublicKey: 'd4'.repeat(32), isUsed: () => false };

describe('invite code', () => {
  it('round-trips every field through grouped base32 text', () => {
    const code = encodeInviteCode(invitation);
    expect(code).toMatch(/^TANDEM(-[0-9A-HJKMNP-TV-Z]{1,5})+$/);
    expect(parseInviteCode(code, context)).toEqual({ ok: true, invitation });
  });

  it('accepts what people do to text: lower case, spaces, line breaks, O for 0 and l for 1', () => {
    const code = encodeInviteCode(invitation);
    const sloppy = `  ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')}\n`;
    expect(parseInviteCode(sloppy, context)).toEqual({ ok: true, invitation });
  });

  it('gives the acceptor the other role', () => {
    expect(counterpartRole('employee')).toBe('manager');
    expect(counterpartRole('manager')).toBe('employee');
  });

  it('reports a changed character as tampered', () => {
    const code = encodeInviteCode(invitation);
    const at = code.length - 20;
    const changed = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    const result = parseInviteCode(changed, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.kind).toBe('tampered');
      expect(result.problem.message).toMatch(/checksum does not match/);
    }
  });

  it('reports a cut-off code, foreign text and an empty field as malformed, each saying why', () => {
    const code = encodeInviteCode(invitation);
    const cases: [string, RegExp][] = [
      [code.slice(0, 40), /not a complete Tandem invitation code \(it looks cut off\)/],
      ['hello there', /does not start with TANDEM/],
      ['TANDEM-UUUUU', /characters a code never contains/],
      ['', /empty/],
      ['TANDEM-' + 'A'.repeat(2000), /far too long/],
    ];
    for (const [text, message] of cases) {
      const result = parseInviteCode(text, context);
      expect(result.ok, text).toBe(false);
      if (!result.ok) {
        expect(result.problem.kind).toBe('malformed');
        expect(result.problem.message).toMatch(message);
      }
    }
  });

  it('reports an expired invitation with who to ask for a new one', () => {
    const result = parseInviteCode(encodeInviteCode(invitation), {
      ...context,
      now: invitation.expiresAt + 1,
    });
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'expired', inviterName: 'Amélie Durand', expiresAt: invitation.expiresAt },
    });
    if (!result.ok)
      expect(result.problem.message).toBe('This invitation has expired. Ask Amélie Durand for a new one.');
  });

  it('reports an invitation already accepted here as reused', () => {
    const used = new Set([invitation.invitationPublicKey]);
    const result = parseInviteCode(encodeInviteCode(invitation), {
      ...context,
      isUsed: (key) => used.has(key),
    });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'reused' } });
    if (!result.ok) expect(result.problem.message).toMatch(/already been used.*only once/);
  });

  it('reports my own invitation as self-issued', () => {
    const result = parseInviteCode(encodeInviteCode(invitation), {
      ...context,
      ownPublicKey: invitation.inviterPublicKey,
    });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'self-issued' } });
    if (!result.ok) expect(result.problem.message).toMatch(/invitation you created/);
  });

  it('refuses to encode an invalid invitation', () => {
    expect(() => encodeInviteCode({ ...invitation, inviterName: '   ' })).toThrow();
    expect(() => encodeInviteCode({ ...invitation, inviterPublicKey: 'xyz' })).toThrow();
  });

  it('never throws on random or mutated text (seeded; the seed is in the test name)', () => {
    const seed = 20250512;
    const gen = prng.create(seed);
    const valid = encodeInviteCode(invitation);
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ-oil TANDEM\n\u00e9\u{1F600}';
    const kinds = new Map<string, number>();
    for (let run = 0; run < 3000; run++) {
      let text: string;
      const mode = prng.uint32(gen, 0, 3);
      if (mode === 0) {
        const length = prng.uint32(gen, 0, 400);
        text = Array.from({ length }, () => alphabet[prng.uint32(gen, 0, alphabet.length - 1)]).join('');
      } else if (mode === 1) {
        text = valid.slice(0, prng.uint32(gen, 0, valid.length));
      } else {
        const chars = valid.split('');
        const edits = prng.uint32(gen, 1, 4);
        for (let e = 0; e < edits; e++) {
          chars[prng.uint32(gen, 0, chars.length - 1)] =
            alphabet[prng.uint32(gen, 0, alphabet.length - 1)] ?? '';
        }
        text = chars.join('');
      }
      let result: ReturnType<typeof parseInviteCode> | undefined;
      expect(
        () => (result = parseInviteCode(text, context)),
        `seed ${seed} run ${run}: ${text}`,
      ).not.toThrow();
      const key = result?.ok ? 'ok' : (result?.problem.kind ?? 'none');
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
    // The runs really exercised the decoder, not only the prefix check.
    expect(kinds.get('tampered')).toBeGreaterThan(100);
    expect(kinds.get('malformed')).toBeGreaterThan(100);
  });
});

describe('base32 and fingerprints', () => {
  it('round-trips any bytes', () => {
    const gen = prng.create(7);
    for (let n = 0; n < 200; n++) {
      const bytes = prng.uint8Array(gen, n % 70);
      expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
    }
  });

  it('gives the same short fingerprint for the same key and a different one for another key', () => {
    const a = keyFingerprint('a1'.repeat(32));
    expect(a).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(keyFingerprint('a1'.repeat(32))).toBe(a);
    expect(keyFingerprint('a2'.repeat(32))).not.toBe(a);
  });
});
