import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateProfile, upsertVaultEntry } from '../../../shared/schema/vault';
import { App } from '../../../renderer/src/app/App';
import { openStore } from '../../../renderer/src/app/openStore';
import { bootServices } from '../../../renderer/src/app/services';
import { startApp } from '../../../renderer/src/app/startApp';
import { appendRawRecord, readUpdateRecords } from '../data/idbRecords';
import { freshBootOptions } from './renderApp';

afterEach(() => {
  document.getElementById('root')?.remove();
});

describe('boot', () => {
  it('shows every entry of a long journal, newest first', async () => {
    const services = await bootServices(freshBootOptions());
    const vault = services.vault.doc;
    updateProfile(vault, { onboarding: 'skipped' });
    const week = 7 * 24 * 3600 * 1000;
    const start = new Date(2024, 0, 1).getTime();
    vault.transact(() => {
      for (let i = 0; i < 120; i++) {
        upsertVaultEntry(vault, {
          id: `e${i}`,
          kind: 'reflection',
          title: `Week ${i}`,
          createdAt: start + i * week,
          updatedAt: start + i * week,
          tags: [],
          templateId: 'weekly-check-in',
          excerpt: `Notes for week ${i}`,
          wordCount: 3,
          links: [],
          deletedAt: null,
        });
      }
    });
    window.location.hash = '';
    render(<App services={services} />);
    const list = await screen.findByRole('navigation', { name: 'Journal entries' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(120));
    const links = within(list).getAllByRole('link');
    expect(links[0]).toHaveTextContent('Week 119');
    expect(links[119]).toHaveTextContent('Week 0');
  });

  it('says clearly when the journal index itself is damaged, and keeps its bytes', async () => {
    const options = freshBootOptions();
    const first = await bootServices(options);
    updateProfile(first.vault.doc, { displayName: 'Ada', onboarding: 'completed' });
    await first.store.closeAll();
    const vaultDb = `${options.dbPrefix}vault`;
    const garbage = new Uint8Array([255, 255, 255, 255, 1, 2, 3]);
    await appendRawRecord(vaultDb, garbage);

    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    await startApp(openStore(options));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your journal could not be opened');
    expect(alert).toHaveTextContent('It has been kept as it is and nothing was deleted.');

    const records = await readUpdateRecords(vaultDb);
    expect(Array.from(records.at(-1)!)).toEqual(Array.from(garbage));
    // The good records are still there too.
    const survivor = new Y.Doc();
    for (const record of records.slice(0, -1)) Y.applyUpdate(survivor, record);
    expect(survivor.getMap('profile').get('displayName')).toBe('Ada');
  });
});
