import {
  BookOpen,
  Flag,
  Gauge,
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
        aria-label="Sections"
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
          <span className="shell-brand-name">Tandem</span>
        </div>
        {sections.map(({ to, label, Icon }) => (
          <NavLink key={to} to={to} title={label}>
            <Icon size={16} aria-hidden /> <span className="shell-nav-label">{label}</span>
          </NavLink>
        ))}
        {RemindersPanel && <RemindersPanel />}
        <div className="shell-nav-footer">
          <SaveIndicator store={store} />
          <RecoveryNotices store={store} vault={vault.doc} />
          <p>Private: stored only on this computer.</p>
        </div>
      </nav>
      <main id={MAIN_CONTENT_ID} className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
