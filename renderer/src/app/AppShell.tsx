import { BookOpen, Flag, Gauge, MessageSquareQuote, Settings, TrendingUp } from 'lucide-react';
import { NavLink, Outlet } from 'react-router';
import { SaveIndicator } from '../ui/SaveIndicator';
import { useAppServices } from './AppServicesContext';

/** Navigation on the left, the current page on the right, the save state always visible. */
export function AppShell() {
  const { store } = useAppServices();
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
        <NavLink to="/competencies">
          <Gauge size={16} aria-hidden /> Competencies
        </NavLink>
        <NavLink to="/feedback">
          <MessageSquareQuote size={16} aria-hidden /> Feedback
        </NavLink>
        <NavLink to="/settings">
          <Settings size={16} aria-hidden /> Settings
        </NavLink>
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
