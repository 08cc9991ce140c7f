import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes } from 'react-router';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import { bootServices, type BootOptions } from '../../../renderer/src/app/services';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { CompetenciesPage } from '../../../renderer/src/features/competencies/CompetenciesPage';
import { FeedbackPage } from '../../../renderer/src/features/feedback/FeedbackPage';
import { GoalsPage } from '../../../renderer/src/features/goals/GoalsPage';
import { ToastProvider } from '../../../renderer/src/ui/toasts';
import type { UiLocale } from '../../../shared/i18n/locales';
import { localeWrapper } from '../i18n/inLocale';
import { freshBootOptions } from '../journal/renderApp';

export { freshBootOptions };

/** 3 March 2026, 10:00 local time: dates on screen are predictable. */
export const MARCH_3 = new Date(2026, 2, 3, 10).getTime();

/**
 * Boots real services (IndexedDB via fake-indexeddb, real Yjs) and renders the growth pages at
 * `path`, with the routes the app gives them. Plans and the journal are stand-ins, so links to
 * them can be followed. With a `locale`, the pages show in that language.
 */
export async function renderGrowth(
  path: string,
  options: BootOptions = freshBootOptions(),
  locale?: UiLocale,
) {
  window.location.hash = `#${path}`;
  const user = userEvent.setup();
  const services = await bootServices(options);
  const wrapper = await localeWrapper(locale);
  const view = render(<GrowthRoutes services={services} />, wrapper ? { wrapper } : {});
  /** Unmounts and writes everything out, as closing the window does. */
  const close = async () => {
    view.unmount();
    await services.store.closeAll();
  };
  return { user, services, options, close };
}

function GrowthRoutes({ services }: { services: AppServices }) {
  return (
    <AppServicesContext.Provider value={services}>
      <HashRouter>
        <ToastProvider>
          <Routes>
            <Route path="/goals" element={<GoalsPage />} />
            <Route path="/goals/:goalId" element={<GoalsPage />} />
            <Route path="/competencies" element={<CompetenciesPage />} />
            <Route path="/feedback" element={<FeedbackPage />} />
            <Route path="/feedback/:feedbackId" element={<FeedbackPage />} />
            <Route path="/plans/:planId" element={<p>Plan page</p>} />
            <Route path="/journal/:entryId" element={<p>Journal page</p>} />
          </Routes>
        </ToastProvider>
      </HashRouter>
    </AppServicesContext.Provider>
  );
}

/** Follows a hash change the way the router sees one from the address bar. */
export async function goTo(path: string) {
  await act(async () => {
    window.location.hash = `#${path}`;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
