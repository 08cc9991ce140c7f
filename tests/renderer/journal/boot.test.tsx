import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { readProfile, updateProfile, upsertVaultEntry } from '../../../shared/schema/vault';
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

  it('repairs a damaged journal index on start, keeps the damaged bytes aside and says so', async () => {
    const options = freshBootOptions();
    const first = await bootServices(options);
    updateProfile(first.vault.doc, { displayName: 'Ada', onboarding: 'completed' });
    await first.store.closeAll();
    const vaultDb = `${options.dbPrefix}vault`;
    const before = await readUpdateRecords(vaultDb);
    const garbage = new Uint8Array([255, 255, 255, 255, 1, 2, 3]);
    await appendRawRecord(vaultDb, garbage);

    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    const opened = openStore(options);
    const app = await startApp(opened);
    onTestFinished(() => app.unmount());
    // The journal opens (no first-run questions: the profile survived) and says what happened.
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some saved data for your journal index was damaged.');
    expect(alert).toHaveTextContent('nothing was deleted');
    expect(readProfile(opened.vault.doc).displayName).toBe('Ada');

    // Every original record, the garbage included, is kept aside byte for byte.
    const [recovery] = opened.store.getRecoveries();
    const aside = await readUpdateRecords(recovery!.report.quarantineDb);
    expect(aside.map((r) => Array.from(r))).toEqual([...before, garbage].map((r) => Array.from(r)));
  });
});
