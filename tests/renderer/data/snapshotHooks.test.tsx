import { render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useDocSnapshot } from '../../../renderer/src/data/useDocSnapshot';
import { useYSnapshot } from '../../../renderer/src/data/useYSnapshot';

/*
 * React subscribes to an external store only after the commit, in a passive effect. A change
 * that lands between the render and that subscription (the disk mirror's copy of a document
 * arriving just after IndexedDB's empty one) must still reach the screen. Here a sibling's
 * layout effect — which runs in exactly that gap — makes the change.
 */

const titleOf = (meta: Y.Map<string>): string => meta.get('title') ?? 'none';
const readTitle = (doc: Y.Doc) => titleOf(doc.getMap<string>('meta'));

function DocTitle({ doc }: { doc: Y.Doc }) {
  return <p>doc title: {useDocSnapshot(doc, readTitle)}</p>;
}

function TypeTitle({ doc }: { doc: Y.Doc }) {
  const meta = doc.getMap<string>('meta');
  return <p>type title: {useYSnapshot(meta, () => titleOf(meta))}</p>;
}

const stableReaders = new WeakMap<Y.Doc, () => string>();
function StableTypeTitle({ doc }: { doc: Y.Doc }) {
  const meta = doc.getMap<string>('meta');
  let read = stableReaders.get(doc);
  if (!read) {
    read = () => titleOf(meta);
    stableReaders.set(doc, read);
  }
  return <p>type title: {useYSnapshot(meta, read)}</p>;
}

function ChangeBeforeSubscription({ doc }: { doc: Y.Doc }) {
  useLayoutEffect(() => {
    doc.getMap('meta').set('title', 'From the disk copy');
  }, [doc]);
  return null;
}

describe('snapshot hooks', () => {
  it('useDocSnapshot shows a change made after the render but before React subscribed', async () => {
    const doc = new Y.Doc();
    render(
      <>
        <DocTitle doc={doc} />
        <ChangeBeforeSubscription doc={doc} />
      </>,
    );
    expect(await screen.findByText('doc title: From the disk copy')).toBeTruthy();
  });

  it('useYSnapshot shows a change made after the render but before React subscribed', async () => {
    const doc = new Y.Doc();
    render(
      <>
        <StableTypeTitle doc={doc} />
        <ChangeBeforeSubscription doc={doc} />
      </>,
    );
    expect(await screen.findByText('type title: From the disk copy')).toBeTruthy();
  });

  it('useYSnapshot keeps following later changes', async () => {
    const doc = new Y.Doc();
    render(<TypeTitle doc={doc} />);
    expect(screen.getByText('type title: none')).toBeTruthy();
    doc.getMap('meta').set('title', 'Typed later');
    expect(await screen.findByText('type title: Typed later')).toBeTruthy();
  });
});
