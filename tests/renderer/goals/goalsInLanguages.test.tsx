import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveCompetency } from '../../../shared/schema/competency';
import { defaultGoalFields } from '../../../shared/schema/goal';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { createPlan } from '../overview/renderOverview';
import { MARCH_3, freshBootOptions, renderGrowth } from './renderGrowth';

/**
 * Goals in German and Arabic: counts take the language's plural forms (Arabic has six), dates
 * are written the language's way, and a person's name inside a sentence is isolated so a
 * left-to-right name keeps its place in a right-to-left sentence.
 */

async function seedGoal(services: AppServices, milestonesDone: number, milestones: number) {
  const { growth, vault } = services;
  saveCompetency(vault.doc, 'c1', { name: 'Facilitation', description: '', current: 3, target: 5 }, MARCH_3);
  const goalId = await growth.createGoal({
    ...defaultGoalFields,
    title: 'Lead the platform guild',
    status: 'achieved',
    path: 'step-up',
    horizon: '1-year',
    competencyIds: ['c1'],
  });
  await createPlan(
    services,
    { ms: MARCH_3 },
    {
      title: 'Guild plan',
      goalId,
      milestones: Array.from({ length: milestones }, (_, i) => ({
        id: `m${i}`,
        title: `Step ${i + 1}`,
        dueDate: '2026-04-01',
        ...(i < milestonesDone ? { doneAt: MARCH_3 } : {}),
      })),
    },
  );
  await growth.createFeedback({
    givenOn: '2026-02-20',
    from: 'Priya',
    behaviour: 'You ran the retro well',
    impact: 'Everyone spoke',
    nextStep: 'Again',
    competencyId: null,
    goalId,
  });
  return goalId;
}

describe('goals in German and Arabic', () => {
  it('shows a goal in German: labels, plural milestones, levels and dates the German way', async () => {
    const options = freshBootOptions({ now: () => MARCH_3 });
    const { user, services } = await renderGrowth('/goals', options, 'de');
    await seedGoal(services, 1, 3);
    const list = screen.getByRole('navigation', { name: 'Ziele' });
    expect(screen.getByRole('radio', { name: 'Erreicht (1)' })).toBeInTheDocument();
    expect(within(list).getByText('Aufstieg · Innerhalb eines Jahres')).toBeInTheDocument();
    await user.click(await within(list).findByRole('link', { name: /Lead the platform guild/ }));

    const goal = await screen.findByRole('article', { name: 'Lead the platform guild' });
    expect(within(goal).getByText('Aufstieg (mehr Verantwortung oder Führung)')).toBeInTheDocument();
    expect(within(goal).getByText(/^Erreicht am \d+\. März 2026$/)).toBeInTheDocument();
    const plans = within(goal).getByRole('list', { name: 'Entwicklungspläne' });
    expect(plans).toHaveTextContent('Guild plan Aktiv · 1 von 3 Meilensteinen erledigt');
    const competencies = within(goal).getByRole('list', { name: 'Kompetenzen' });
    expect(competencies).toHaveTextContent('jetzt Übend (3), Ziel Experte (5) · Abstand: noch 2 Stufen');
    within(goal).getByRole('link', { name: 'Von Priya, 20. Feb. 2026' });
  });

  it('shows a goal in Arabic: two milestones take the dual, and a Latin name stays isolated', async () => {
    const options = freshBootOptions({ now: () => MARCH_3 });
    const { user, services } = await renderGrowth('/goals', options, 'ar');
    await seedGoal(services, 0, 2);
    const list = screen.getByRole('navigation', { name: 'الأهداف' });
    await user.click(await within(list).findByRole('link', { name: /Lead the platform guild/ }));

    const goal = await screen.findByRole('article', { name: 'Lead the platform guild' });
    const plans = within(goal).getByRole('list', { name: 'خطط التطوير' });
    expect(plans).toHaveTextContent('Guild plan نشطة · أُنجز 0 من مرحلتين');
    const competencies = within(goal).getByRole('list', { name: 'الكفاءات' });
    expect(competencies).toHaveTextContent('الآن ممارس (3)، الهدف خبير (5) · الفجوة: مستويان متبقيان');
    const from = within(goal).getByRole('link', { name: /^من Priya، 20 فبراير 2026$/ });
    // The name sits in its own isolate, so its direction cannot reorder the sentence around it.
    expect(from.querySelector('bdi')).toHaveTextContent(/^Priya$/);
  });
});

describe('form messages in the chosen language', () => {
  it('says why a goal cannot be saved in German, beside its field', async () => {
    const { user } = await renderGrowth('/goals', freshBootOptions({ now: () => MARCH_3 }), 'de');
    await user.click(screen.getByRole('button', { name: /Neues Ziel/ }));
    const form = screen.getByRole('form', { name: 'Neues Ziel' });
    const title = within(form).getByLabelText('Titel');
    await user.type(title, '   ');
    await user.click(within(form).getByRole('button', { name: 'Ziel anlegen' }));
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Geben Sie dem Ziel einen Titel');
  });

  it('says it in Arabic, with the limit written in the language', async () => {
    const { user } = await renderGrowth('/goals', freshBootOptions({ now: () => MARCH_3 }), 'ar');
    await user.click(screen.getByRole('button', { name: /هدف جديد/ }));
    const form = screen.getAllByRole('form')[0]!;
    const title = within(form).getAllByRole('textbox')[0]!;
    await user.click(title);
    await user.paste('x'.repeat(201));
    await user.click(within(form).getByRole('button', { name: /إنشاء|أنشئ/ }));
    expect(title).toHaveAccessibleDescription(/اجعل العنوان أقل من/);
  });
});
