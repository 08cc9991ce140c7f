import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { upsertVaultEntry } from '../../../shared/schema/vault';
import { DocPersistence } from '../../../renderer/src/data/DocPersistence';
import { DocumentStore } from '../../../renderer/src/data/DocumentStore';
import { RecoveryNotices } from '../../../renderer/src/ui/RecoveryNotices';
import { appendRawRecord } from '../data/idbRecords';

let counter = 0;

describe('RecoveryNotices', () => {
  it('names the repaired entry, says what was kept, and goes away when dismissed', async () => {
    const prefix = `recovery-${counter++}/`;
    // An entry saved in two sittings, then a third record that is garbage.
    const seed = new Y.Doc();
    const seeding = new DocPersistence(`${prefix}item:q1`, seed);
    await seeding.whenLoaded;
    seed.getText('body').insert(0, 'What did I learn?');
    await seeding.flush();
    seed.getText('body').insert(17, ' Plenty.');
    await seeding.flush();
    seed.destroy();
    await appendRawRecord(`${prefix}item:q1`, new Uint8Array([0, 255, 255, 255, 255, 9]));

    const vault = new Y.Doc();
    upsertVaultEntry(vault, {
      id: 'q1',
      kind: 'reflection',
      title: 'Quarterly reflection',
      createdAt: 1,
      updatedAt: 1,
      tags: [],
      templateId: 'blank',
      excerpt: '',
      wordCount: 3,
      links: [],
      deletedAt: null,
    });
    const store = new DocumentStore({ mirror: null, dbPrefix: prefix, closeDelayMs: 0 });
    render(<RecoveryNotices store={store} vault={vault} />);
    expect(screen.queryByRole('alert')).toBeNull();

    const [item] = store.open('item:q1');
    await item.ready;
    expect(item.doc.getText('body').toJSON()).toBe('What did I learn? Plenty.');

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Some saved data for “Quarterly reflection” was damaged.');
    expect(notice.textContent).toContain('set aside unchanged (nothing was deleted)');
    expect(notice.textContent).toContain('rebuilt from 2 of 3 saved changes');

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await store.closeAll();
  });
});
