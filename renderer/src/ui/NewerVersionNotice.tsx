/**
 * What a person sees for something a newer Tandem wrote: it is kept, stored and synced exactly
 * as it is, and this version shows it without editing, so nothing it does not understand is
 * rewritten or lost.
 */
export function NewerVersionNotice({ name }: { name: string }) {
  return (
    <p role="status" className="newer-version-notice">
      {name} uses a newer Tandem — update to edit this.
    </p>
  );
}
