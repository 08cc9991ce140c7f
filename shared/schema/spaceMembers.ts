import type * as Y from 'yjs';
import { z } from 'zod';

/**
 * The space's `members` map: memberId → { name, role }. Each side writes only its own entry (its
 * display name), so neither can rename the other.
 */

export const memberRoleSchema = z.enum(['employee', 'manager']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

export const memberSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(80),
  role: memberRoleSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;

export const spaceMembers = (doc: Y.Doc) => doc.getMap<unknown>('members');

/** Each side writes its own entry: what the other person sees as its name. */
export function setMember(doc: Y.Doc, member: Member): void {
  const valid = memberSchema.parse(member);
  const current = spaceMembers(doc).get(valid.id);
  if (JSON.stringify(current) === JSON.stringify(valid)) return;
  spaceMembers(doc).set(valid.id, valid);
}

export function readMembers(doc: Y.Doc): Member[] {
  const out: Member[] = [];
  spaceMembers(doc).forEach((value) => {
    const parsed = memberSchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
