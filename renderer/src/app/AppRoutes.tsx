import { useState } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { FirstRun } from '../features/onboarding/FirstRun';
import { JournalPage } from '../features/journal/JournalPage';
import { useProfile } from '../services/useVault';
import { ToastProvider } from '../ui/toasts';
import { useAppServices } from '../services/AppServicesContext';
import { AppShell } from './AppShell';
import { LazyPage, preloadPages } from './lazyPages';

/** Hash history works under the app:// protocol and in plain file or http serving alike. */
export function AppRoutes() {
  const { vault } = useAppServices();
  const profile = useProfile(vault.doc);
  // The first-run screen was on screen in this window: the shell then gives focus a place to land.
  const [onboardedHere] = useState(profile.onboarding === 'pending');
  if (profile.onboarding === 'pending') return <FirstRun vault={vault.doc} />;
  return (
    <HashRouter>
      <ToastProvider>
        <Routes>
          {/* Printing (main's hidden print window) shows the plan alone, outside the shell. */}
          <Route path="/print/plans/:planId" element={<LazyPage key="planPrint" name="planPrint" />} />
          <Route
            path="/print/meetings/:spaceId/:meetingId"
            element={<LazyPage key="meetingPrint" name="meetingPrint" />}
          />
          <Route element={<AppShell justOnboarded={onboardedHere} />}>
            <Route path="/journal" element={<JournalPage prefetch={preloadPages} />} />
            <Route path="/journal/:entryId" element={<JournalPage prefetch={preloadPages} />} />
            <Route path="/growth" element={<LazyPage key="growth" name="growth" />} />
            <Route path="/goals" element={<LazyPage key="goals" name="goals" />} />
            <Route path="/goals/:goalId" element={<LazyPage key="goals" name="goals" />} />
            <Route path="/plans" element={<LazyPage key="plans" name="plans" />} />
            <Route path="/plans/:planId" element={<LazyPage key="plans" name="plans" />} />
            <Route path="/competencies" element={<LazyPage key="competencies" name="competencies" />} />
            <Route path="/desk" element={<LazyPage key="desk" name="desk" />} />
            <Route path="/frameworks" element={<LazyPage key="frameworks" name="frameworks" />} />
            <Route
              path="/frameworks/:frameworkId"
              element={<LazyPage key="frameworks" name="frameworks" />}
            />
            <Route path="/feedback" element={<LazyPage key="feedback" name="feedback" />} />
            <Route path="/feedback/:feedbackId" element={<LazyPage key="feedback" name="feedback" />} />
            <Route path="/one-on-ones" element={<LazyPage key="oneOnOnes" name="oneOnOnes" />} />
            <Route path="/one-on-ones/:spaceId" element={<LazyPage key="oneOnOnes" name="oneOnOnes" />} />
            <Route
              path="/one-on-ones/:spaceId/:view"
              element={<LazyPage key="oneOnOnes" name="oneOnOnes" />}
            />
            <Route
              path="/one-on-ones/:spaceId/meetings/:meetingId"
              element={<LazyPage key="oneOnOnes" name="oneOnOnes" />}
            />
            <Route path="/sharing" element={<LazyPage key="sharing" name="sharing" />} />
            <Route
              path="/sharing/:spaceId/record"
              element={<LazyPage key="sharedWith" name="sharedWith" />}
            />
            <Route path="/settings" element={<LazyPage key="settings" name="settings" />} />
            <Route path="/trash" element={<LazyPage key="trash" name="trash" />} />
            <Route path="*" element={<Navigate to="/journal" replace />} />
          </Route>
        </Routes>
      </ToastProvider>
    </HashRouter>
  );
}
