import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/app/App';
import type { BootOptions } from '../../../renderer/src/app/services';

let counter = 0;

/** A fresh, isolated journal (its own IndexedDB names) per test. */
export function freshBootOptions(overrides: Partial<BootOptions> = {}): BootOptions {
  return { dbPrefix: `test-${Date.now()}-${counter++}/`, mirror: null, closeDelayMs: 0, ...overrides };
}

export async function renderApp(bootOptions: BootOptions) {
  window.location.hash = '';
  const user = userEvent.setup();
  const view = render(<App bootOptions={bootOptions} />);
  await screen.findByRole('heading', { name: /Welcome to Tandem|Journal/ });
  return { user, ...view };
}

export async function renderJournal(bootOptions: BootOptions = freshBootOptions()) {
  const result = await renderApp(bootOptions);
  const skip = screen.queryByRole('button', { name: 'Skip for now' });
  if (skip) await result.user.click(skip);
  await screen.findByRole('heading', { name: 'Journal' });
  return result;
}
