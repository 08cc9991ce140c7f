import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshBootOptions, renderApp } from './renderApp';

describe('first run', () => {
  it('asks for a name and rhythm, promises privacy, and remembers the answer', async () => {
    const options = freshBootOptions();
    const { user, unmount } = await renderApp(options);
    expect(
      screen.getByText('Everything you write stays on this computer unless you choose to share it.'),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('What should we call you?'), 'Ada');
    await user.click(screen.getByRole('radio', { name: /Monthly/ }));
    await user.click(screen.getByRole('button', { name: 'Start journaling' }));
    await screen.findByRole('heading', { name: 'Journal' });
    unmount();

    await renderApp(options);
    expect(await screen.findByRole('heading', { name: 'Journal' })).toBeInTheDocument();
    expect(screen.queryByText('Welcome to Tandem')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(await screen.findByLabelText('Display name')).toHaveValue('Ada');
    expect(screen.getByLabelText('Reflection rhythm')).toHaveValue('monthly');
  });

  it('can be skipped, and is not shown again', async () => {
    const options = freshBootOptions();
    const { user, unmount } = await renderApp(options);
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await screen.findByRole('heading', { name: 'Journal' });
    unmount();
    await renderApp(options);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Journal' })).toBeInTheDocument());
  });
});
