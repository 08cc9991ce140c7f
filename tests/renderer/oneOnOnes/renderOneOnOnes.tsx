import '../editor/domPolyfills';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes } from 'react-router';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import { bootServices, type BootOptions } from '../../../renderer/src/app/services';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { OneOnOnesPage } from '../../../renderer/src/features/oneOnOnes/OneOnOnesPage';
import { ToastProvider } from '../../../renderer/src/ui/toasts';
import { updateProfile } from '../../../shared/schema/vault';
import type { UiLocale } from '../../../shared/i18n/locales';
import { localeWrapper } from '../i18n/inLocale';

export type User = ReturnType<typeof userEvent.setup>;

let counter = 0;

export function freshBootOptions(overrides: Partial<BootOptions> = {}): BootOptions {
  return { dbPrefix: `oneonone-${Date.now()}-${counter++}/`, mirror: null, closeDelayMs: 0, ...overrides };
}

/** Monday 2 March 2026, 09:00 local: "now" in these tests. */
export const NOW = new Date(2026, 2, 2, 9).getTime();
export const SPACE_ID = 'space-test-1';

/** A clock at NOW that moves on a millisecond per reading, so creation order is well defined. */
export function ticking(start = NOW): () => number {
  let t = start;
  return () => t++;
}

interface RenderOptions {
  options?: BootOptions;
  hash?: string;
  seed?: (services: AppServices) => Promise<void> | void;
  /** Shows the page in this language (English without one). */
  locale?: UiLocale;
}

/** The One-on-ones page on its routes, with real services and a local space document. */
export async function renderOneOnOnes({
  options = freshBootOptions({ now: ticking() }),
  hash = `#/one-on-ones/${SPACE_ID}`,
  seed,
  locale,
}: RenderOptions = {}) {
  window.location.hash = hash;
  const user = userEvent.setup();
  const services = await bootServices(options);
  updateProfile(services.vault.doc, { displayName: 'Ana', onboarding: 'completed' });
  await seed?.(services);
  const page = <OneOnOnesPage />;
  const wrapper = await localeWrapper(locale);
  const view = render(
    <AppServicesContext.Provider value={services}>
      <HashRouter>
        <ToastProvider>
          <Routes>
            <Route path="/one-on-ones" element={page} />
            <Route path="/one-on-ones/:spaceId" element={page} />
            <Route path="/one-on-ones/:spaceId/:view" element={page} />
            <Route path="/one-on-ones/:spaceId/meetings/:meetingId" element={page} />
          </Routes>
        </ToastProvider>
      </HashRouter>
    </AppServicesContext.Provider>,
    wrapper ? { wrapper } : {},
  );
  await screen.findByRole('heading', { level: 1 });
  return { user, services, ...view };
}

/** Starts the series from the settings form shown for a new space. */
export async function startSeries(user: User, firstDate = '2026-03-02') {
  const form = await screen.findByRole('form', { name: 'Series settings' });
  const date = form.querySelector<HTMLInputElement>('input[type="date"]');
  if (!date) throw new Error('no date field');
  await user.clear(date);
  await user.type(date, firstDate);
  await user.click(screen.getByRole('button', { name: 'Start the series' }));
  await screen.findByRole('heading', { name: /One-on-one · |Career conversation · / });
}

export async function addPoint(user: User, text: string) {
  await user.type(screen.getByLabelText('New talking point'), text);
  await user.click(screen.getByRole('button', { name: 'Add point' }));
}

export const pointTexts = () =>
  [...document.querySelectorAll('.talking-point-text')].map((el) => el.textContent);

/** Close meeting, then confirm in the dialog that asks first. */
export async function closeMeetingConfirmed(user: User) {
  await user.click(screen.getByRole('button', { name: 'Close meeting' }));
  const dialog = await screen.findByRole('dialog', { name: 'Close this meeting' });
  await user.click(within(dialog).getByRole('button', { name: 'Close for both of us' }));
}
