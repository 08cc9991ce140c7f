import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderJournal } from '../journal/renderApp';

describe('navigation', () => {
  it('opens each section from the sidebar, loading its page on first visit', async () => {
    const warn = vi.spyOn(console, 'warn');
    const { user } = await renderJournal();
    const sections = screen.getByRole('navigation', { name: 'Sections' });
    const visit = async (link: string, heading: RegExp) => {
      await user.click(screen.getByRole('link', { name: link }));
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    };
    expect(sections).toBeInTheDocument();
    await visit('Growth', /growth/i);
    await visit('Goals', /goals/i);
    await visit('Plans', /plans/i);
    await visit('Competencies', /competencies/i);
    await visit('Feedback', /feedback/i);
    await visit('Growth', /growth/i);
    await visit('Journal', /journal/i);
    expect(screen.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
    // Coming back to the journal must not start search a second time.
    expect(warn).not.toHaveBeenCalledWith('Tandem search could not start', expect.anything());
    warn.mockRestore();
  });
});
