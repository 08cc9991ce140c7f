import { useT } from '../i18n/useT';

/**
 * What a person sees for something a newer Tandem wrote: it is kept, stored and synced exactly
 * as it is, and this version shows it without editing, so nothing it does not understand is
 * rewritten or lost.
 */
export function NewerVersionNotice({ name, tooDeep = false }: { name: string; tooDeep?: boolean }) {
  const t = useT();
  return (
    <p role="status" className="newer-version-notice">
      {t(tooDeep ? 'shell.newerVersion.tooDeep' : 'shell.newerVersion.update', { name })}
    </p>
  );
}
