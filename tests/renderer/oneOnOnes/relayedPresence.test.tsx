import '../editor/domPolyfills';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  awarenessSourceFromPreload,
  relayedAwareness,
} from '../../../renderer/src/features/oneOnOnes/relayedAwareness';
import { localAwareness } from '../../../renderer/src/features/oneOnOnes/presence';
import type { Presence } from '../../../shared/sync/awarenessFields';
import { renderOneOnOnes, startSeries } from './renderOneOnOnes';

/**
 * The agenda's presence relayed through main. `window.tandem` is the Electron boundary: a fake
 * bridge stands in for the preload, recording what the page hands to `presence.set` and
 * pushing `remotePresence` events as main would (unparsed, like anything crossing the bridge).
 */

interface SetCall {
  docId: string;
  presence: Presence | null;
}

class FakePresenceBridge {
  readonly calls: SetCall[] = [];
  private readonly listeners = new Set<(payload: unknown) => void>();
  /** Who main says is already in a document when the page first reports itself there. */
  answer: unknown = { people: [] };

  readonly api = {
    presence: {
      set: (args: SetCall) => {
        this.calls.push(args);
        return Promise.resolve(this.answer);
      },
    },
    events: {
      onRemotePresence: (listener: (payload: unknown) => void) => this.subscribe(listener),
      // The app's other subscriptions (followPeers) hear nothing in these tests.
      onRemoteUpdate: () => () => undefined,
      onSyncStatus: () => () => undefined,
      onSpacesChanged: () => () => undefined,
    },
  };

  emit(payload: unknown): void {
    for (const listener of this.listeners) listener(payload);
  }

  install(): void {
    (window as unknown as { tandem: unknown }).tandem = this.api;
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  private subscribe(listener: (payload: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

afterEach(() => {
  delete (window as unknown as { tandem?: unknown }).tandem;
  vi.useRealTimers();
});

/**
 * Lets time pass for an Awareness under fake timers. y-protocols stamps states with lib0's
 * `getUnixTime`, a reference to the real `Date.now` taken at import, which fake timers cannot
 * move; so each simulated second ages every stamp by a second, then runs the due timers.
 */
async function timePasses(awareness: Awareness, ms: number): Promise<void> {
  for (let passed = 0; passed < ms; passed += 1000) {
    for (const meta of awareness.meta.values()) meta.lastUpdated -= 1000;
    await vi.advanceTimersByTimeAsync(1000);
  }
}

const meetingDoc = () =>
  `meeting:${document.querySelector('[data-meeting-id]')?.getAttribute('data-meeting-id') ?? ''}`;

describe('presence relayed through main', { timeout: 30_000 }, () => {
  it('shows the other person while main reports them, and sends only name, colour and cursor', async () => {
    const bridge = new FakePresenceBridge();
    bridge.install();
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { user, unmount } = await renderOneOnOnes();
    await startSeries(user);
    await waitFor(() =>
      expect(document.querySelector('[data-testid="shared-notes-editor"]')).toHaveAttribute(
        'data-ready',
        'true',
      ),
    );
    const docId = meetingDoc();
    await waitFor(() =>
      expect(bridge.calls.some((c) => c.docId === docId && c.presence?.name === 'Ana')).toBe(true),
    );

    const bar = screen.getByRole('region', { name: 'Who is here' });
    expect(within(bar).getByText('Only you are here right now.')).toBeInTheDocument();

    // Main reports Ben in this meeting, with his caret in the notes.
    act(() =>
      bridge.emit({
        docId,
        people: [{ clientId: 4242, name: 'Ben', colour: '#c2410c', cursor: { anchor: {}, head: {} } }],
      }),
    );
    await waitFor(() => expect(within(bar).getByText('Ben')).toBeInTheDocument());
    expect(within(bar).getByText('· in the shared notes')).toBeInTheDocument();

    // Another document's people, and a payload that does not parse, change nothing here.
    act(() => bridge.emit({ docId: 'meeting:someOtherMeeting', people: [] }));
    act(() => bridge.emit({ docId, people: 'everyone' }));
    expect(within(bar).getByText('Ben')).toBeInTheDocument();
    expect(warnings.mock.calls.flat().join('\n')).toContain(
      'Ignored a remotePresence event from main: people',
    );

    // Ben left: main reports nobody.
    act(() => bridge.emit({ docId, people: [] }));
    await waitFor(() => expect(within(bar).queryByText('Ben')).not.toBeInTheDocument());
    expect(within(bar).getByText('Only you are here right now.')).toBeInTheDocument();

    // Typing in the shared notes: the caret goes to main (y-tiptap's relative positions as JSON).
    await user.click(screen.getByRole('textbox', { name: 'Shared notes' }));
    await user.keyboard('Agenda');
    await waitFor(() => {
      const last = bridge.calls.at(-1)?.presence as { cursor?: { anchor?: unknown; head?: unknown } } | null;
      expect(last?.cursor?.anchor).toBeTypeOf('object');
      expect(last?.cursor?.head).toBeTypeOf('object');
    });
    for (const call of bridge.calls) {
      expect(call.docId).toBe(docId);
      if (call.presence !== null) {
        expect(Object.keys(call.presence).every((key) => ['name', 'colour', 'cursor'].includes(key))).toBe(
          true,
        );
      }
    }
    // Leaving the meeting says so, and stops listening.
    unmount();
    expect(bridge.calls.at(-1)).toEqual({ docId, presence: null });
    expect(bridge.subscribers).toBe(0);
    warnings.mockRestore();
  });

  it('throttles caret moves to one trailing send, and says it left on release and on pagehide', async () => {
    vi.useFakeTimers();
    const bridge = new FakePresenceBridge();
    const source = relayedAwareness(
      {
        setPresence: (args) => bridge.api.presence.set(args),
        onRemotePresence: () => () => undefined,
      },
      { throttleMs: 50 },
    );
    const doc = new Y.Doc();
    const { awareness, release } = source('meeting:m1', doc);
    awareness.setLocalStateField('user', { name: 'Ana', color: '#2563eb' });
    awareness.setLocalStateField('secretNote', 'not for the other person');
    const text = doc.getText('t');
    text.insert(0, 'hello');
    for (let i = 0; i < 5; i++) {
      const at = Y.createRelativePositionFromTypeIndex(text, i);
      awareness.setLocalStateField('cursor', { anchor: at, head: at });
    }
    expect(bridge.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    const last = Y.createRelativePositionFromTypeIndex(text, 4);
    expect(bridge.calls).toEqual([
      {
        docId: 'meeting:m1',
        presence: {
          name: 'Ana',
          colour: '#2563eb',
          cursor: JSON.parse(JSON.stringify({ anchor: last, head: last })) as unknown,
        },
      },
    ]);

    // Gone from the page: null at once, without waiting for the throttle.
    const at = Y.createRelativePositionFromTypeIndex(text, 1);
    awareness.setLocalStateField('cursor', { anchor: at, head: at });
    window.dispatchEvent(new Event('pagehide'));
    expect(bridge.calls.at(-1)).toEqual({ docId: 'meeting:m1', presence: null });
    await vi.advanceTimersByTimeAsync(100);
    expect(bridge.calls).toHaveLength(2);

    release();
    expect(bridge.calls.at(-1)).toEqual({ docId: 'meeting:m1', presence: null });
    await vi.advanceTimersByTimeAsync(100);
    expect(bridge.calls).toHaveLength(3);
  });

  it('shows people main already knows when the meeting opens, and keeps them past the 30 s timeout', async () => {
    vi.useFakeTimers();
    const bridge = new FakePresenceBridge();
    bridge.answer = { people: [{ clientId: 77, name: 'Ben', colour: '#c2410c' }] };
    bridge.install();
    const source = awarenessSourceFromPreload();
    const { awareness, release } = source('meeting:m2', new Y.Doc());
    awareness.setLocalStateField('user', { name: 'Ana', color: '#2563eb' });
    await vi.advanceTimersByTimeAsync(50);
    expect(awareness.getStates().get(77)).toEqual({ user: { name: 'Ben', color: '#c2410c' }, cursor: null });
    // Main decides when Ben has gone; the window's own 30 s timeout must not drop him first.
    await timePasses(awareness, 60_000);
    expect(awareness.getStates().get(77)).toBeDefined();
    bridge.emit({ docId: 'meeting:m2', people: [] });
    expect(awareness.getStates().has(77)).toBe(false);
    release();
  });

  it('stays in the window when the preload offers no presence', () => {
    (window as unknown as { tandem: unknown }).tandem = { events: {} };
    expect(awarenessSourceFromPreload()).toBe(localAwareness);
    delete (window as unknown as { tandem?: unknown }).tandem;
    expect(awarenessSourceFromPreload()).toBe(localAwareness);
  });
});
