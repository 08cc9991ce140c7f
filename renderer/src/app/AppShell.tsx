import { BookOpen, Flag, Gauge, ListChecks, MessageSquareQuote, Settings, TrendingUp } from 'lucide-react';
import { NavLink, Outlet } from 'react-router';
import { SaveIndicator } from '../ui/SaveIndicator';
import { DueReminders } from '../features/reminders/DueReminders';
import { useReminders } from '../features/reminders/useReminders';
import { useReminderSync } from '../features/reminders/useReminderSync';
import { useAppServices } from './AppServicesContext';

/** Navigation on the left, the current page on the right, the save state always visible. */
export function AppShell() {
  const { store, vault, now } = useAppServices();
  const { reminders, due, timeZone, preferredTime } = useReminders(vault.doc, now);
  useReminderSync(reminders, timeZone, preferredTime);
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
        <DueReminders
          vault={vault.doc}
          due={due}
          timeZone={timeZone}
          preferredTime={preferredTime}
          now={now}
        />
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
