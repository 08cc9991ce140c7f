import {
  BookOpen,
  Flag,
  Gauge,
  ListChecks,
  MessageSquareQuote,
  MessagesSquare,
  Settings,
  TrendingUp,
  Users,
} from 'lucide-react';
import { NavLink, Outlet } from 'react-router';
import { RecoveryNotices } from '../ui/RecoveryNotices';
import { SaveIndicator } from '../ui/SaveIndicator';
import { LazyModule, useLazyModule } from '../ui/lazyModule';
import { useAppServices } from '../services/AppServicesContext';

// Reminders read the growth index and the cadence logic; loading them after the first paint
// keeps that code off the journal's start-up path.
const remindersModule = new LazyModule(() => import('../features/reminders/RemindersPanel'));

const sections = [
  { to: '/journal', label: 'Journal', Icon: BookOpen },
  { to: '/growth', label: 'Growth', Icon: TrendingUp },
  { to: '/goals', label: 'Goals', Icon: Flag },
  { to: '/plans', label: 'Plans', Icon: ListChecks },
  { to: '/competencies', label: 'Competencies', Icon: Gauge },
  { to: '/feedback', label: 'Feedback', Icon: MessageSquareQuote },
  { to: '/one-on-ones', label: 'One-on-ones', Icon: MessagesSquare },
  { to: '/sharing', label: 'People & sharing', Icon: Users },
  { to: '/settings', label: 'Settings', Icon: Settings },
];

/** Navigation on the left, the current page on the right, the save state always visible. */
export function AppShell() {
  const { store, vault } = useAppServices();
  const RemindersPanel = useLazyModule(remindersModule)?.RemindersPanel;
  return (
    <div className="shell">
      <nav className="shell-nav" aria-label="Sections">
        <div className="shell-brand">Tandem</div>
        {sections.map(({ to, label, Icon }) => (
          <NavLink key={to} to={to}>
            <Icon size={16} aria-hidden /> {label}
          </NavLink>
        ))}
        {RemindersPanel && <RemindersPanel />}
        <div className="shell-nav-footer">
          <SaveIndicator store={store} />
          <RecoveryNotices store={store} vault={vault.doc} />
          <p>Private: stored only on this computer.</p>
        </div>
      </nav>
      <div className="shell-main">
        <Outlet />
      </div>
    </div>
  );
}
