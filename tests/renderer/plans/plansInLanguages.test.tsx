import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { savePlanRecord, type Milestone } from '../../../shared/schema/plan';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { sentence } from '../i18n/sentence';
import { TODAY_MS, freshBootOptions, renderPlans } from './renderPlans';

/**
 * A plan in German and Arabic: milestone counts and "due in" take the language's plural forms,
 * dates are the language's, and a milestone's title or owner inside a sentence keeps its own
 * direction (it sits in a `<bdi>`).
 */

const milestone = (id: string, title: string, dueDate: string, owner: Milestone['owner']): Milestone => ({
  id,
  title,
  owner,
  startDate: null,
  dueDate,
  status: 'not-started',
  successCriterion: '',
  evidence: '',
  completedAt: null,
});

async function seedPlan(services: AppServices, count: number): Promise<void> {
  const id = await services.growth.createPlan({
    title: 'Speaking plan',
    goalId: null,
    status: 'active',
    reviewCadence: null,
  });
  const [item, release] = services.growth.open(id);
  await item.ready;
  savePlanRecord(
    item.doc,
    'milestones',
    milestone('m0', 'Pick a topic', '2026-03-01', { kind: 'me' }),
    TODAY_MS,
  );
  for (let i = 1; i < count; i++) {
    const owner = i === 1 ? ({ kind: 'person', name: 'سارة' } as const) : ({ kind: 'manager' } as const);
    savePlanRecord(item.doc, 'milestones', milestone(`m${i}`, `Step ${i}`, '2026-03-13', owner), TODAY_MS);
  }
  services.growth.reindexPlan(item.doc);
  release();
}

async function open(locale: 'de' | 'ar', count: number) {
  const result = await renderPlans({
    options: freshBootOptions({ now: () => TODAY_MS }),
    seed: (services) => seedPlan(services, count),
    locale,
  });
  const nav = screen.getByRole('navigation', { name: locale === 'de' ? 'Entwicklungspläne' : 'خطط التطوير' });
  await result.user.click(within(nav).getByRole('link', { name: 'Speaking plan' }));
  await screen.findByRole('heading', { name: 'Speaking plan', level: 1 });
  return result;
}

describe('a plan in German and Arabic', () => {
  it('counts milestones, days and overdue steps the German way', async () => {
    await open('de', 3);
    expect(screen.getByRole('heading', { name: 'Pläne', level: 1 })).toBeInTheDocument();
    const progress = screen.getByRole('region', { name: 'Fortschritt' });
    expect(within(progress).getByText('0 von 3 Meilensteinen erledigt (0 %)')).toBeInTheDocument();
    expect(within(progress).getByText('1 Meilenstein überfällig')).toBeInTheDocument();
    expect(
      within(progress).getByText(sentence('Als Nächstes fällig: Step 1 – 13. März 2026 (fällig in 3 Tagen)')),
    ).toBeInTheDocument();
    const milestones = screen.getByRole('region', { name: 'Meilensteine' });
    expect(
      within(milestones).getByText(sentence(/^Verantwortlich: Meine Führungskraft · Fällig/)),
    ).toBeInTheDocument();
    expect(within(milestones).getByRole('button', { name: 'Meilenstein hinzufügen' })).toBeInTheDocument();
    expect(within(milestones).getByLabelText('Status von Step 2')).toHaveDisplayValue('Nicht begonnen');
  });

  it('uses the Arabic dual and keeps an Arabic owner’s name isolated in the sentence', async () => {
    await open('ar', 3);
    const progress = screen.getByRole('region', { name: 'التقدّم' });
    expect(within(progress).getByText(/^أُنجز 0 من 3 مراحل/)).toBeInTheDocument();
    const milestones = screen.getByRole('region', { name: 'المراحل' });
    const owner = within(milestones).getByText(sentence(/^المسؤول: سارة · تستحق/));
    expect(owner).toHaveTextContent('(مستحقة خلال 3 أيام)');
    expect(owner.querySelector('bdi')).toHaveTextContent(/^سارة$/);
  });

  it('says two milestones in Arabic with the dual form', async () => {
    await open('ar', 2);
    const progress = screen.getByRole('region', { name: 'التقدّم' });
    expect(within(progress).getByText(/^أُنجز 0 من مرحلتين/)).toBeInTheDocument();
    expect(within(progress).getByText('مرحلة واحدة متأخرة')).toBeInTheDocument();
  });
});
