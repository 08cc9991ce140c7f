import '../editor/domPolyfills';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import { bootServices } from '../../../renderer/src/app/services';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { OneOnOneRepository } from '../../../renderer/src/features/oneOnOnes/OneOnOneRepository';
import type { AwarenessSource } from '../../../renderer/src/features/oneOnOnes/presence';
import { SeriesView } from '../../../renderer/src/features/oneOnOnes/SeriesView';
import { ToastProvider } from '../../../renderer/src/ui/toasts';
import { startSeries } from '../../../shared/oneOnOne/series';
import { reflectionTemplates } from '../../../shared/journal/templates';
import { itemDocId, newItemId } from '../../../shared/schema/ids';
import { readTalkingPoints } from '../../../shared/schema/meeting';
import { meetingDocId, privateNotesDocId, spaceDocId } from '../../../shared/schema/meetingIds';
import { initReflection, reflectionBody } from '../../../shared/schema/reflection';
import { appendBlocks } from '../../../shared/schema/richText';
import { upsertVaultEntry } from '../../../shared/schema/vault';
import { freshBootOptions, SPACE_ID, ticking } from './renderOneOnOnes';
import { sentence } from '../i18n/sentence';

const ME = { id: 'member-ana', name: 'Ana', role: 'employee' as const };

/** Links this window's awareness to a second one standing in for the other person's window. */
function linkedAwareness(): { source: AwarenessSource; remote: () => Awareness | null } {
  let remote: Awareness | null = null;
  const source: AwarenessSource = (_docId, doc) => {
    const local = new Awareness(doc);
    const theirs = new Awareness(new Y.Doc());
    remote = theirs;
    const relay =
      (from: Awareness, to: Awareness) =>
      (changes: { added: number[]; updated: number[]; removed: number[] }) => {
        const ids = [...changes.added, ...changes.updated, ...changes.removed];
        applyAwarenessUpdate(to, encodeAwarenessUpdate(from, ids), 'relay');
      };
    const toRemote = relay(local, theirs);
    const toLocal = relay(theirs, local);
    local.on('update', (c: never, origin: unknown) => origin !== 'relay' && toRemote(c));
    theirs.on('update', (c: never, origin: unknown) => origin !== 'relay' && toLocal(c));
    return {
      awareness: local,
      release: () => {
        local.destroy();
        theirs.destroy();
      },
    };
  };
  return { source, remote: () => remote };
}

async function renderSeries(services: AppServices, awarenessSource?: AwarenessSource) {
  const repo = new OneOnOneRepository({ store: services.store, now: services.now });
  const [space, release] = services.store.open(spaceDocId(SPACE_ID));
  await space.ready;
  startSeries(space.doc, SPACE_ID, '2026-03-02', services.now());
  release();
  render(
    <AppServicesContext.Provider value={services}>
      <HashRouter>
        <ToastProvider>
          <SeriesView
            repo={repo}
            vault={services.vault}
            spaceId={SPACE_ID}
            me={ME}
            view="meeting"
            basePath={`/one-on-ones/${SPACE_ID}`}
            awarenessSource={awarenessSource}
          />
        </ToastProvider>
      </HashRouter>
    </AppServicesContext.Provider>,
  );
  await screen.findByRole('heading', { name: /Career conversation · / });
  await waitFor(() =>
    expect(document.querySelector('[data-testid="shared-notes-editor"]')).toHaveAttribute(
      'data-ready',
      'true',
    ),
  );
}

describe('presence', { timeout: 30_000 }, () => {
  it('shows who is here and whether they are in the shared notes, from name, colour and cursor only', async () => {
    const services = await bootServices(freshBootOptions({ now: ticking() }));
    const { source, remote } = linkedAwareness();
    await renderSeries(services, source);
    const bar = screen.getByRole('region', { name: 'Who is here' });
    expect(within(bar).getByText(sentence('Ana (you)'))).toBeInTheDocument();
    expect(within(bar).getByText('Only you are here right now.')).toBeInTheDocument();

    const ben = remote();
    if (!ben) throw new Error('no remote awareness');
    ben.setLocalState({ user: { name: 'Ben', color: '#c2410c' }, cursor: { anchor: {}, head: {} } });
    await waitFor(() => expect(within(bar).getByText('Ben')).toBeInTheDocument());
    expect(within(bar).getByText('· in the shared notes')).toBeInTheDocument();
    expect(within(bar).queryByText('Only you are here right now.')).not.toBeInTheDocument();

    // A state that is not a name and a colour is not shown (it came from the other machine).
    ben.setLocalState({ user: { name: '<img src=x onerror=alert(1)>'.repeat(20), color: 'red' } });
    await waitFor(() => expect(within(bar).queryByText('Ben')).not.toBeInTheDocument());
    expect(bar.querySelector('img')).toBeNull();

    // What this window publishes: its name and colour (and the caret once in the notes), nothing else.
    const mine = [...ben.getStates().entries()].find(([id]) => id !== ben.clientID)?.[1] ?? {};
    expect(Object.keys(mine).filter((k) => k !== 'cursor')).toEqual(['user']);
  });
});

describe('private notes and bringing in a reflection', { timeout: 30_000 }, () => {
  it('keeps private notes in their own document, never referenced by the shared ones', async () => {
    const services = await bootServices(freshBootOptions({ now: ticking() }));
    await renderSeries(services);
    const user = userEvent.setup();
    const privateBox = screen.getByRole('textbox', { name: 'Private notes' });
    await user.click(privateBox);
    await user.keyboard('Only for me: canary-7c1');
    const sharedBox = screen.getByRole('textbox', { name: 'Shared notes' });
    await user.click(sharedBox);
    await user.keyboard('We agreed on the plan');

    const meetingId = document.querySelector('[data-meeting-id]')?.getAttribute('data-meeting-id') ?? '';
    const bytes = async (docId: string) =>
      services.store.peek(docId, (d) => new TextDecoder().decode(Y.encodeStateAsUpdate(d)));
    await waitFor(async () => expect(await bytes(privateNotesDocId(meetingId))).toContain('canary-7c1'));
    const agenda = await bytes(meetingDocId(meetingId));
    const space = await bytes(spaceDocId(SPACE_ID));
    expect(agenda).toContain('We agreed on the plan');
    for (const shared of [agenda, space]) {
      expect(shared).not.toContain('canary-7c1');
      expect(shared).not.toContain(privateNotesDocId(meetingId));
    }
  });

  it('shares only the excerpt shown in the explicit step, never the rest of the reflection or its id', async () => {
    const services = await bootServices(freshBootOptions({ now: ticking() }));
    const reflectionId = newItemId();
    const [item, release] = services.store.open(itemDocId(reflectionId));
    await item.ready;
    initReflection(item.doc, {
      id: reflectionId,
      title: 'Hard week',
      template: reflectionTemplates[0]!,
      now: 1,
    });
    appendBlocks(reflectionBody(item.doc), [
      { type: 'paragraph', text: 'I want to lead the next migration.' },
      { type: 'paragraph', text: 'Secret: I am interviewing elsewhere.' },
    ]);
    release();
    upsertVaultEntry(services.vault.doc, {
      id: reflectionId,
      kind: 'reflection',
      title: 'Hard week',
      createdAt: 1,
      updatedAt: 1,
      tags: [],
      templateId: 'blank',
      excerpt: '',
      wordCount: 10,
      links: [],
      deletedAt: null,
    });
    await renderSeries(services);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Bring in…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bring into the agenda' });
    await user.click(within(dialog).getByRole('button', { name: 'Excerpt of a reflection' }));
    await user.selectOptions(within(dialog).getByLabelText('Reflection'), 'Hard week');
    const excerpt = await within(dialog).findByLabelText('Excerpt to share');
    expect(excerpt).toHaveValue('I want to lead the next migration.');
    await user.clear(excerpt);
    await user.type(excerpt, 'I want to lead');
    expect(within(dialog).getByTestId('share-preview')).toHaveTextContent(
      'From my reflection: “I want to lead”',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Share this excerpt as a talking point' }));

    await screen.findByText('From my reflection: “I want to lead”');
    const meetingId = document.querySelector('[data-meeting-id]')?.getAttribute('data-meeting-id') ?? '';
    const points = await services.store.peek(meetingDocId(meetingId), readTalkingPoints);
    expect(points.map((p) => p.text)).toEqual(['From my reflection: “I want to lead”']);
    const agenda = await services.store.peek(meetingDocId(meetingId), (d) =>
      new TextDecoder().decode(Y.encodeStateAsUpdate(d)),
    );
    expect(agenda).not.toContain('interviewing');
    expect(agenda).not.toContain('Hard week');
    expect(agenda).not.toContain(reflectionId);
  });
});
