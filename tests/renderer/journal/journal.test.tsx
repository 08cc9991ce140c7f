import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appendRawRecord } from '../data/idbRecords';
import { createFromTemplate, freshBootOptions, renderJournal } from './renderApp';

const entryList = () => screen.getByRole('navigation', { name: 'Journal entries' });

describe('journal', () => {
  it('creates an entry from a guided template with its prompts', async () => {
    const { user } = await renderJournal();
    expect(screen.getByText('No reflections yet.')).toBeInTheDocument();
    await createFromTemplate(user, 'After a project');
    const editor = await screen.findByTestId('entry-editor');
    expect(within(editor).getByRole('heading', { name: 'What did I learn?' })).toBeInTheDocument();
    expect(within(editor).getByRole('heading', { name: 'What surprised me?' })).toBeInTheDocument();
    expect(
      within(editor).getByRole('heading', { name: 'What would I do differently next time?' }),
    ).toBeInTheDocument();
    const title = screen.getByLabelText<HTMLInputElement>('Title');
    expect(title.value).toMatch(/^After the project — \d+ \w+ \d{4}$/);
    expect(within(entryList()).getByRole('link', { name: /^After the project/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('lists entries newest first, grouped by month', async () => {
    let now = new Date(2026, 9, 3, 9).getTime();
    const { user } = await renderJournal(freshBootOptions({ now: () => now }));
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'October thoughts');
    now = new Date(2026, 10, 20, 9).getTime();
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'November thoughts');
    const titles = () =>
      within(entryList())
        .getAllByRole('link')
        .map((l) => l.querySelector('.journal-entry-title')?.textContent);
    await waitFor(() => expect(titles()).toEqual(['November thoughts', 'October thoughts']));
    const headings = within(entryList())
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(headings).toEqual(['November 2026', 'October 2026']);
  });

  it('tags an entry, rejects bad tags with a message, and shows tags in the list', async () => {
    const { user } = await renderJournal();
    await createFromTemplate(user, 'Weekly check-in');
    const tagInput = screen.getByLabelText('Add tag');
    await user.type(tagInput, 'Leadership{Enter}');
    expect(within(screen.getByRole('list', { name: 'Tags' })).getByText('#leadership')).toBeInTheDocument();
    await user.type(tagInput, 'leadership{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Already tagged “leadership”');
    await user.clear(tagInput);
    await user.type(tagInput, `${'x'.repeat(45)}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('at most 40 characters');
    await waitFor(() => expect(within(entryList()).getByText('#leadership')).toBeInTheDocument());
  });

  it('keeps titles on one line: Enter moves on to the body', async () => {
    const { user } = await renderJournal();
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'First line{Enter}');
    expect(screen.getByLabelText('Title')).toHaveValue('First line');
    expect(screen.getByRole('textbox', { name: 'Entry body' })).toHaveFocus();
  });

  it('deletes an entry and brings it back with Undo', async () => {
    const { user } = await renderJournal();
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'Keep me');
    await waitFor(() =>
      expect(within(entryList()).getByRole('link', { name: /^Keep me/ })).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('navigation', { name: 'Journal entries' })).not.toBeInTheDocument();
    // The title sits in <bdi>, so a right-to-left title keeps its order inside the sentence.
    expect(screen.getByRole('button', { name: 'Undo' }).parentElement).toHaveTextContent('Deleted “Keep me”');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(entryList()).getByRole('link', { name: /^Keep me/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await screen.findByLabelText('Title')).toHaveValue('Keep me');
  });

  it('keeps entries across a restart', async () => {
    const options = freshBootOptions();
    const first = await renderJournal(options);
    await createFromTemplate(first.user, 'Quarterly career reflection');
    await first.user.clear(screen.getByLabelText('Title'));
    await first.user.type(screen.getByLabelText('Title'), 'Q4 career check');
    await waitFor(() =>
      expect(within(entryList()).getByRole('link', { name: /^Q4 career check/ })).toBeInTheDocument(),
    );
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('Saved'));
    first.unmount();

    const second = await renderJournal(options);
    await second.user.click(within(entryList()).getByRole('link', { name: /^Q4 career check/ }));
    const editor = await screen.findByTestId('entry-editor');
    expect(within(editor).getByRole('heading', { name: /^What help I need/ })).toBeInTheDocument();
  });

  it('repairs an entry whose stored bytes are damaged, names it in a notice, and the rest works', async () => {
    const options = freshBootOptions();
    const { user } = await renderJournal(options);
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'Broken one');
    const id = window.location.hash.split('/').pop() ?? '';
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'Healthy one');
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('Saved'));

    // Damage the first entry's stored document.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await appendRawRecord(`${options.dbPrefix}item:${id}`, new Uint8Array([255, 255, 255, 255, 9, 9]));
    });

    await user.click(within(entryList()).getByRole('link', { name: /^Broken one/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some saved data for “Broken one” was damaged.');
    expect(alert).toHaveTextContent('nothing was deleted');
    expect(await screen.findByLabelText('Title')).toHaveValue('Broken one');

    await user.click(within(entryList()).getByRole('link', { name: /^Healthy one/ }));
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('Healthy one'));
  });
});
