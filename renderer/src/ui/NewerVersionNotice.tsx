/**
 * What a person sees for something a newer Tandem wrote: it is kept, stored and synced exactly
 * as it is, and this version shows it without editing, so nothing it does not understand is
 * rewritten or lost.
 */
export function NewerVersionNotice({ name, tooDeep = false }: { name: string; tooDeep?: boolean }) {
  return (
    <p role="status" className="newer-version-notice">
      {tooDeep
        ? `${name} is nested more deeply than Tandem can show, so it is shown in part and kept exactly as it is.`
        : `${name} uses a newer Tandem — update to edit this.`}
    </p>
  );
}
