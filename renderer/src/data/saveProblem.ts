/**
 * Why writing failed, as the window says it: the kind of problem and the system's own reason.
 * The data layer knows what went wrong but not the person's language; the save indicator turns
 * the kind into a sentence from the catalogue (`shell.save.<kind>`). `message` stays English,
 * for logs and for code that reads it.
 */
export type SaveProblemKind = 'diskFull' | 'failed' | 'mirrorWrite' | 'mirrorRead';

export class SaveProblem extends Error {
  constructor(
    readonly kind: SaveProblemKind,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'SaveProblem';
  }
}

export function reasonOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
