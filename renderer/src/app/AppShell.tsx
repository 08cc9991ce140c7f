import {
  BookOpen,
  Flag,
  Gauge,
  Layers,
  LayoutDashboard,
  ListChecks,
  Menu,
  MessageSquareQuote,
  MessagesSquare,
  Settings,
  TrendingUp,
  Users,
} from 'lucide-react';
import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/useT';
import { RecoveryNotices } from '../ui/RecoveryNotices';
import { SaveIndicator } from '../ui/SaveIndicator';
import { SkipLink } from '../ui/SkipLink';
import { useFocusRescue } from '../ui/focusRescue';
import { LazyModule, useLazyModule } from '../ui/lazyModule';
import { useAppServices } from '../services/AppServicesContext';
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
  { to: '/frameworks', label: 'framework.nav', Icon: Layers },
  { to: '/feedback', label: 'shell.nav.feedback', Icon: MessageSquareQuote },
  { to: '/one-on-ones', label: 'shell.nav.oneOnOnes', Icon: MessagesSquare },
  { to: '/desk', label: 'desk.nav', Icon: LayoutDashboard },
  { to: '/sharing', label: 'shell.nav.sharing', Icon: Users },
  { to: '/settings', label: 'shell.nav.settings', Icon: Settings },
];

/** The one main landmark: the skip link's target, and where focus goes when a page has no better place. */
export const MAIN_CONTENT_ID = 'main-content';

/**
 * Navigation at the start, the current page beside it, the save state always visible. The
 * shell fills the window and never scrolls: the sidebar stays put and each pane scrolls on its
 * own. In a narrow window the sidebar shrinks to icons; its toggle shows the names on demand.
 */
export function AppShell({ justOnboarded = false }: { justOnboarded?: boolean }) {
  const { store, vault } = useAppServices();
  const t = useT();
  const RemindersPanel = useLazyModule(remindersModule)?.RemindersPanel;
  // Shown for the page they were asked for on: choosing a section puts them away again.
  const { pathname } = useLocation();
  const [namesShownOn, setNamesShownOn] = useState<string | null>(null);
  const namesShown = namesShownOn === pathname;
  const setNamesShown = (shown: boolean) => setNamesShownOn(shown ? pathname : null);
  useFocusRescue(MAIN_CONTENT_ID);
  // Straight from the first-run screen, whose button had focus: the next step is a first entry.
  useEffect(() => {
    if (!justOnboarded) return;
    const start = document.querySelector<HTMLElement>('[data-primary-action]');
    (start ?? document.getElementById(MAIN_CONTENT_ID))?.focus();
  }, [justOnboarded]);
  return (
    <div className="shell" data-names-shown={namesShown || undefined}>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <nav
        className="shell-nav"
        aria-label={t('shell.nav.label')}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && namesShown) setNamesShown(false);
        }}
      >
        <div className="shell-brand">
          <button
            type="button"
            className="shell-nav-toggle button"
            data-variant="ghost"
            aria-expanded={namesShown}
            aria-label={t(namesShown ? 'layout.nav.hideLabels' : 'layout.nav.showLabels')}
            title={t(namesShown ? 'layout.nav.hideLabels' : 'layout.nav.showLabels')}
            onClick={() => setNamesShown(!namesShown)}
          >
            <Menu size={18} aria-hidden />
          </button>
          <span className="shell-brand-name">{t('app.name')}</span>
        </div>
        {sections.map(({ to, label, Icon }) => (
          <NavLink key={to} to={to} title={t(label)}>
            <Icon size={16} aria-hidden /> <span className="shell-nav-label">{t(label)}</span>
          </NavLink>
        ))}
        {RemindersPanel && <RemindersPanel />}
        <div className="shell-nav-footer">
          <SaveIndicator store={store} />
          <RecoveryNotices store={store} vault={vault.doc} />
          <p>{t('shell.privacy.promise')}</p>
        </div>
      </nav>
      <main id={MAIN_CONTENT_ID} className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
