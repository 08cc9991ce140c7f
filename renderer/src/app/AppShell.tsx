import { BookOpen, Flag, Gauge, ListChecks, MessageSquareQuote, Settings, TrendingUp } from 'lucide-react';
import { NavLink, Outlet } from 'react-router';
import { SaveIndicator } from '../ui/SaveIndicator';
import { LazyModule, useLazyModule } from '../ui/lazyModule';
import { useAppServices } from './AppServicesContext';

// Reminders read the growth index and the cadence logic; loading them after the first paint
// keeps that code off the journal's start-up path.
const remindersModule = new LazyModule(() => import('../features/reminders/RemindersPanel'));

/** Navigation on the left, the current page on the right, the save state always visible. */
export function AppShell() {
  const { store } = useAppServices();
  const RemindersPanel = useLazyModule(remindersModule)?.RemindersPanel;
  return (
    <div className="shell">
      <nav className="shell-nav" aria-label="Sections">
        <div className="shell-brand">Tandem</div>
        <NavLink to="/journal">
          <BookOpen size={16} aria-hidden /> Journal
        </NavLink>
        <NavLink to="/growth">
          <TrendingUp size={16} aria-hidden /> Growth
        </NavLink>
        <NavLink to="/goals">
          <Flag size={16} aria-hidden /> Goals
        </NavLink>
        <NavLink to="/plans">
          <ListChecks size={16} aria-hidden /> Plans
        </NavLink>
        <NavLink to="/competencies">
          <Gauge size={16} aria-hidden /> Competencies
        </NavLink>
        <NavLink to="/feedback">
          <MessageSquareQuote size={16} aria-hidden /> Feedback
        </NavLink>
        <NavLink to="/settings">
          <Settings size={16} aria-hidden /> Settings
        </NavLink>
        {RemindersPanel && <RemindersPanel />}
        <div className="shell-nav-footer">
          <SaveIndicator store={store} />
          <p>Private: stored only on this computer.</p>
        </div>
      </nav>
      <div className="shell-main">
        <Outlet />
      </div>
    </div>
  );
}
