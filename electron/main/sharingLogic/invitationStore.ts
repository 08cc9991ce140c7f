import { z } from 'zod';
import {
  displayNameSchema,
  publicKeyHexSchema,
  spaceIdSchema,
  spaceRoleSchema,
} from '../../../shared/sharing/inviteCode';
import { readJsonIfPresent, writeJsonAtomically } from './atomicJsonFile';

/**
 * invitations.json: invitations this installation issued (so it can answer them after a restart
 * and refuse them once used) and the invitation keys it has accepted or seen refused (so a code
 * pasted twice is reported as used). It holds no secret: an invitation's keys are derived from
 * the identity key and the seed stored here (see deriveInvitationKeys).
 */

export const INVITATIONS_FILE = 'invitations.json';
/** Plenty for a lifetime of relationships; stops a runaway loop from growing the file forever. */
const MAX_RECORDS = 1000;

const issuedInvitationSchema = z.object({
  invitationPublicKey: publicKeyHexSchema,
  seed: z.string().regex(/^[0-9a-f]{64}$/),
  spaceId: spaceIdSchema,
  myRole: spaceRoleSchema,
  myName: displayNameSchema,
  theirName: displayNameSchema,
  createdAt: z.number().int(),
  expiresAt: z.number().int(),
  status: z.enum(['pending', 'used', 'cancelled']),
  /** The identity key that used it. */
  usedBy: publicKeyHexSchema.optional(),
});
export type IssuedInvitation = z.infer<typeof issuedInvitationSchema>;

const invitationsFileSchema = z.object({
  version: z.literal(1),
  issued: z.array(issuedInvitationSchema).max(MAX_RECORDS),
  usedHere: z.array(publicKeyHexSchema).max(MAX_RECORDS),
});
type InvitationsFile = z.infer<typeof invitationsFileSchema>;

export class InvitationStore {
  private state: InvitationsFile | null = null;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly onDamaged: (message: string) => void = () => undefined,
  ) {}

  private async load(): Promise<InvitationsFile> {
    if (this.state) return this.state;
    let raw: unknown = null;
    try {
      raw = await readJsonIfPresent(this.path);
    } catch (error) {
      this.onDamaged(`could not read ${this.path}: ${String(error)}`);
    }
    const parsed = raw === null ? null : invitationsFileSchema.safeParse(raw);
    if (parsed && !parsed.success)
      this.onDamaged(`${this.path} is damaged; pending invitations were dropped`);
    // Losing this file only means pending invitations must be made again: nothing is shared by it.
    this.state ??= parsed?.success ? parsed.data : { version: 1, issued: [], usedHere: [] };
    return this.state;
  }

  private save(): Promise<void> {
    const snapshot = this.state;
    this.writes = this.writes.then(() => writeJsonAtomically(this.path, snapshot));
    return this.writes;
  }

  async issued(): Promise<readonly IssuedInvitation[]> {
    return (await this.load()).issued;
  }

  async find(invitationPublicKey: string): Promise<IssuedInvitation | undefined> {
    return (await this.load()).issued.find((i) => i.invitationPublicKey === invitationPublicKey);
  }

  async addIssued(invitation: IssuedInvitation): Promise<void> {
    const state = await this.load();
    state.issued = [...state.issued, invitation].slice(-MAX_RECORDS);
    await this.save();
  }

  async updateIssued(
    invitationPublicKey: string,
    change: Partial<Pick<IssuedInvitation, 'status' | 'usedBy'>>,
  ) {
    const state = await this.load();
    state.issued = state.issued.map((i) =>
      i.invitationPublicKey === invitationPublicKey ? { ...i, ...change } : i,
    );
    await this.save();
  }

  async isUsedHere(invitationPublicKey: string): Promise<boolean> {
    const state = await this.load();
    return (
      state.usedHere.includes(invitationPublicKey) ||
      state.issued.some((i) => i.invitationPublicKey === invitationPublicKey)
    );
  }

  async markUsedHere(invitationPublicKey: string): Promise<void> {
    const state = await this.load();
    if (state.usedHere.includes(invitationPublicKey)) return;
    state.usedHere = [...state.usedHere, invitationPublicKey].slice(-MAX_RECORDS);
    await this.save();
  }
}
