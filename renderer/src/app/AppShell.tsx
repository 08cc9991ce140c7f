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
import { useT } from '../i18n/useT';
import type { MessageId } from '../../../shared/i18n/messages';

// Reminders read the growth index and the cadence logic; loading them after the first paint
// keeps that code off the journal's start-up path.
const remindersModule = new LazyModule(() => import('../features/reminders/RemindersPanel'));

const sections: readonly { to: string; label: MessageId; Icon: typeof BookOpen }[] = [
  { to: '/journal', label: 'shell.nav.journal', Icon: BookOpen },
  { to: '/growth', label: 'shell.nav.growth', Icon: TrendingUp },
  { to: '/goals', label: 'shell.nav.goals', Icon: Flag },
  { to: '/plans', label: 'shell.nav.plans', Icon: ListChecks },
  { to: '/competencies', label: 'shell.nav.competencies', Icon: Gauge },
  { to: '/feedback', label: 'shell.nav.feedback', Icon: MessageSquareQuote },
  { to: '/one-on-ones', label: 'shell.nav.oneOnOnes', Icon: MessagesSquare },
  { to: '/sharing', label: 'shell.nav.sharing', Icon: Users },
  { to: '/settings', label: 'shell.nav.settings', Icon: Settings },
];

/** Navigation on the left, the current page on the right, the save state always visible. */
export function AppShell() {
  const { store, vault } = useAppServices();
  const t = useT();
  const RemindersPanel = useLazyModule(remindersModule)?.RemindersPanel;
  return (
    <div className="shell">
      <nav className="shell-nav" aria-label={t('shell.nav.label')}>
        <div className="shell-brand">{t('app.name')}</div>
        {sections.map(({ to, label, Icon }) => (
          <NavLink key={to} to={to}>
            <Icon size={16} aria-hidden /> {t(label)}
          </NavLink>
        ))}
        {RemindersPanel && <RemindersPanel />}
        <div className="shell-nav-footer">
          <SaveIndicator store={store} />
          <RecoveryNotices store={store} vault={vault.doc} />
          <p>{t('shell.privacy.promise')}</p>
        </div>
      </nav>
      <div className="shell-main">
        <Outlet />
      </div>
    </div>
  );
}
