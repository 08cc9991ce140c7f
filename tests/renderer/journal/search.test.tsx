import '../editor/domPolyfills';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editorOf } from '../editor/editorTestUtils';
import { createFromTemplate, freshBootOptions, renderJournal } from './renderApp';

async function writeBody(text: string) {
  const textbox = await screen.findByRole('textbox', { name: 'Entry body' });
  editorOf(textbox).chain().focus('end').insertContent(text).run();
}

describe('journal search', () => {
  it('finds entries by words in their bodies and titles, and follows edits and deletions', async () => {
    const { user } = await renderJournal();
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'Promotion case');
    await writeBody('We discussed the mentoring budget and a stretch assignment.');
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'Team offsite');
    await writeBody('Planning the offsite agenda.');

    const searchBox = screen.getByRole('searchbox', { name: 'Search journal' });
    await user.type(searchBox, 'mentoring');
    await screen.findByTestId('search-results');
    const results = () => screen.getByTestId('search-results');
    await waitFor(() =>
      expect(
        within(results())
          .getAllByRole('link')
          .map((l) => l.textContent),
      ).toEqual([expect.stringContaining('Promotion case')]),
    );
    expect(within(results()).getByText('mentoring', { selector: 'mark' })).toBeInTheDocument();

    await user.clear(searchBox);
    await user.type(searchBox, 'offsite');
    await waitFor(() => expect(results()).toHaveAttribute('data-query', 'offsite'));
    await waitFor(() => expect(within(results()).getByRole('link')).toHaveTextContent('Team offsite'));

    // Edit the open entry: the new word becomes searchable.
    await writeBody(' Also booked the sailing trip.');
    await user.clear(searchBox);
    await user.type(searchBox, 'sailing');
    await waitFor(() => expect(within(results()).getByRole('link')).toHaveTextContent('Team offsite'));

    // Deleted entries leave the results.
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByText('No matching entries')).toBeInTheDocument());
  });

  it('focuses search with Ctrl/Cmd+K and clears it with Escape', async () => {
    const { user } = await renderJournal(freshBootOptions());
    await user.keyboard('{Control>}k{/Control}');
    const searchBox = screen.getByRole('searchbox', { name: 'Search journal' });
    expect(searchBox).toHaveFocus();
    await user.type(searchBox, 'anything');
    expect(screen.getByTestId('search-results')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(searchBox).toHaveValue('');
    expect(screen.queryByTestId('search-results')).not.toBeInTheDocument();
  });
});
