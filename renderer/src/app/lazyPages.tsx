import { createElement, type ComponentType } from 'react';
import { OpeningMessage } from '../ui/DocumentPane';
import { LazyModule, useLazyModule } from '../ui/lazyModule';

/**
 * Pages other than the journal load on first visit, so their code never slows the journal's
 * start-up; `preloadPages` fetches them in the background once the journal is on screen.
 */
const pages = {
  goals: new LazyModule(() => import('../features/goals/GoalsPage').then((m) => m.GoalsPage)),
  competencies: new LazyModule(() =>
    import('../features/competencies/CompetenciesPage').then((m) => m.CompetenciesPage),
  ),
  frameworks: new LazyModule(() =>
    import('../features/frameworks/FrameworksPage').then((m) => m.FrameworksPage),
  ),
  desk: new LazyModule(() => import('../features/desk/DeskPage').then((m) => m.DeskPage)),
  feedback: new LazyModule(() => import('../features/feedback/FeedbackPage').then((m) => m.FeedbackPage)),
  plans: new LazyModule(() => import('../features/plans/PlansPage').then((m) => m.PlansPage)),
  growth: new LazyModule(() => import('../features/overview/GrowthOverview').then((m) => m.GrowthOverview)),
  oneOnOnes: new LazyModule(() => import('../features/oneOnOnes/OneOnOnesPage').then((m) => m.OneOnOnesPage)),
  sharing: new LazyModule(() =>
    import('../features/sharing/PeopleSharingPage').then((m) => m.PeopleSharingPage),
  ),
  sharedWith: new LazyModule(() =>
    import('../features/sharing/SharedWithPage').then((m) => m.SharedWithPage),
  ),
  planPrint: new LazyModule(() => import('../features/print/PlanPrintPage').then((m) => m.PlanPrintPage)),
  meetingPrint: new LazyModule(() =>
    import('../features/print/MeetingPrintPage').then((m) => m.MeetingPrintPage),
  ),
  // Settings holds backup, export and import (zip, YAML, dialogs): far too much for start-up.
  settings: new LazyModule(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage)),
  trash: new LazyModule(() => import('../features/trash/TrashPage').then((m) => m.TrashPage)),
} satisfies Record<string, LazyModule<ComponentType>>;

export type PageName = keyof typeof pages;

export function LazyPage({ name }: { name: PageName }) {
  const Page = useLazyModule<ComponentType>(pages[name]);
  // `Page` is the module's own component, the same object on every render (not one made here),
  // so its state is kept; createElement says so without tripping the "component made in render" lint.
  return Page ? createElement(Page) : <OpeningMessage />;
}

export function preloadPages(): void {
  for (const page of Object.values(pages)) void page.preload();
}
