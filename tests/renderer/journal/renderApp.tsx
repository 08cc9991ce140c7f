import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { bootServices, type BootOptions } from '../../../renderer/src/app/services';

import { freshBootOptions } from './bootOptions';

export { freshBootOptions };

export async function renderApp(bootOptions: BootOptions) {
  window.location.hash = '';
  const user = userEvent.setup();
  const services = await bootServices(bootOptions);
  const view = render(<App services={services} />);
  await screen.findByRole('heading', { name: /Welcome to Tandem|Journal/ });
  return { user, services, ...view };
}

export async function renderJournal(bootOptions: BootOptions = freshBootOptions()) {
  const result = await renderApp(bootOptions);
  const skip = screen.queryByRole('button', { name: 'Skip for now' });
  if (skip) await result.user.click(skip);
  await screen.findByRole('heading', { name: 'Journal' });
  return result;
}

/** New entry → template chooser → wait until the new entry is the one on screen. */
export async function createFromTemplate(user: ReturnType<typeof userEvent.setup>, template: string) {
  const before = window.location.hash;
  await user.click(screen.getByRole('button', { name: /New entry/ }));
  await user.click(await screen.findByRole('button', { name: new RegExp(template) }));
  await waitFor(() => expect(window.location.hash).not.toBe(before));
  const id = window.location.hash.split('/').pop();
  await waitFor(() =>
    expect(screen.getByLabelText('Title').closest('article')).toHaveAttribute('data-entry-id', id),
  );
  await screen.findByTestId('entry-editor');
}
