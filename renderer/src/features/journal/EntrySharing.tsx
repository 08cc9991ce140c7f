import { useCallback } from 'react';
import type * as Y from 'yjs';
import { readReflectionLinks } from '../../../../shared/schema/links';
import { readReflectionTags, reflectionBody } from '../../../../shared/schema/reflection';
import { fragmentToPlainText } from '../../../../shared/schema/richText';
import { useT } from '../../i18n/useT';
import type { ReceivedItem } from '../../services/sharing/useReceivedItems';
import { ShareControl, type OfferPreview } from '../sharing';

/**
 * A reflection's sharing line: on this user's own reflection the Share control (offering first
 * shows the whole text that would leave); on one someone shared with them, whose words they are
 * and whether they still arrive.
 */
export function EntrySharing({
  doc,
  docId,
  title,
  received,
}: {
  doc: Y.Doc;
  docId: string;
  title: string;
  received: ReceivedItem | undefined;
}) {
  const t = useT();
  const preview = useCallback(
    (): OfferPreview => ({
      title,
      body: fragmentToPlainText(reflectionBody(doc)),
      tags: readReflectionTags(doc),
      linkCount: readReflectionLinks(doc).length,
    }),
    [doc, title],
  );
  if (received) {
    return (
      <p className="entry-received" role="note">
        {received.state === 'accepted'
          ? t('conversation.entry.received', { name: received.writer })
          : t('conversation.entry.receivedStopped', { name: received.writer })}
      </p>
    );
  }
  return <ShareControl docId={docId} kind="reflection" title={title} offerPreview={preview} />;
}
