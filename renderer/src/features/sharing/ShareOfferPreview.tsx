import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/useT';

/** Everything of an item that would leave this computer if it is offered and accepted. */
export interface OfferPreview {
  title: string;
  /** The whole body as plain text, headings and all. */
  body: string;
  tags: readonly string[];
  /** Goals and milestones the item links to: their content is not sent (only that a link exists). */
  linkCount: number;
}

/**
 * The extra step before a reflection is offered: the whole text that will leave, and that the
 * other person keeps what they receive. Nothing is offered until the user confirms here.
 */
export function ShareOfferPreview({
  peerName,
  preview,
  onConfirm,
  onCancel,
}: {
  peerName: string;
  preview: OfferPreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="share-offer-preview" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('conversation.offer.heading', { name: peerName })}
      </h3>
      <p>{t('conversation.offer.intro', { name: peerName })}</p>
      <figure className="share-offer-text" aria-label={t('conversation.offer.textLabel')}>
        <p className="share-offer-title">{preview.title.trim() || t('conversation.offer.untitled')}</p>
        {preview.body.trim() === '' ? (
          <p className="sharing-muted">{t('conversation.offer.empty')}</p>
        ) : (
          <pre className="share-offer-body">{preview.body}</pre>
        )}
        {preview.tags.length > 0 && (
          <p>{t('conversation.offer.tags', { tags: preview.tags.map((tag) => `#${tag}`).join(' ') })}</p>
        )}
      </figure>
      {preview.linkCount > 0 && (
        <p>{t('conversation.offer.links', { count: preview.linkCount, name: peerName })}</p>
      )}
      <p className="sharing-warning">{t('conversation.offer.keeps', { name: peerName })}</p>
      <div className="sharing-actions">
        <button type="button" className="button" data-variant="primary" onClick={onConfirm}>
          {t('conversation.offer.confirm', { name: peerName })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('conversation.offer.cancel')}
        </button>
      </div>
    </section>
  );
}
