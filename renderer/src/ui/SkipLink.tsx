import { useT } from '../i18n/useT';

/**
 * "Skip to content": the first Tab stop, shown only while it has focus. It moves focus into the
 * page's main landmark itself, because the app's routes live in the URL's hash and following an
 * in-page `#id` link would change the route instead.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const t = useT();
  return (
    <a
      href={`#${targetId}`}
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {t('layout.skipLink')}
    </a>
  );
}
