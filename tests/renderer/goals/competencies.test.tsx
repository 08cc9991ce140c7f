import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readCompetencies, saveCompetency } from '../../../shared/schema/competency';
import { MARCH_3, freshBootOptions, renderGrowth } from './renderGrowth';
import { isolate } from '../../../shared/i18n/locales';

const form = (name: string) => screen.getByRole('form', { name });
const pick = (scope: HTMLElement, group: string, level: string) =>
  within(within(scope).getByRole('radiogroup', { name: group })).getByRole('radio', { name: level });
const card = (name: string) => screen.getByRole('article', { name });

describe('competencies', () => {
  it('adds a competency with its levels and shows the gap', async () => {
    const { user, services } = await renderGrowth('/competencies');
    expect(screen.getByText(/No competencies yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Add competency/ }));
    const add = form('New competency');
    await user.type(within(add).getByLabelText('Name'), 'Stakeholder management');
    await user.type(within(add).getByLabelText('Description'), 'Bringing people along');
    await user.click(pick(add, 'Current level', '2 Learning'));
    await user.click(pick(add, 'Target level', '5 Expert'));
    expect(pick(add, 'Target level', '5 Expert')).toBeChecked();
    await user.click(within(add).getByRole('button', { name: 'Add competency' }));

    const added = card('Stakeholder management');
    expect(added).toHaveTextContent('Bringing people along');
    expect(added).toHaveTextContent('Now: Learning (2) · Target: Expert (5) · Gap: 3 levels to go');
    expect(readCompetencies(services.vault.doc)).toMatchObject([
      { name: 'Stakeholder management', current: 2, target: 5 },
    ]);
  });

  it('rejects an empty name, a missing level and an over-long name with specific messages', async () => {
    const { user, services } = await renderGrowth('/competencies');
    await user.click(screen.getByRole('button', { name: /Add competency/ }));
    const add = form('New competency');
    await user.click(within(add).getByRole('button', { name: 'Add competency' }));
    const name = within(add).getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Give the competency a name');
    expect(name).toHaveFocus();
    expect(within(add).getByRole('radiogroup', { name: 'Current level' })).toHaveAccessibleDescription(
      'Choose a level from 1 to 5',
    );
    expect(within(add).getByRole('radiogroup', { name: 'Target level' })).toHaveAccessibleDescription(
      'Choose a level from 1 to 5',
    );

    await user.type(name, 'x'.repeat(81));
    await user.click(pick(add, 'Current level', '1 Aware'));
    await user.click(pick(add, 'Target level', '2 Learning'));
    await user.click(within(add).getByRole('button', { name: 'Add competency' }));
    expect(name).toHaveAccessibleDescription('Keep the name under 80 characters');
    expect(within(add).getByRole('radiogroup', { name: 'Target level' })).not.toHaveAccessibleDescription();
    expect(readCompetencies(services.vault.doc)).toEqual([]);

    await user.click(within(add).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'New competency' })).not.toBeInTheDocument();
    expect(readCompetencies(services.vault.doc)).toEqual([]);
  });

  it('edits levels in place, and Cancel keeps what was there', async () => {
    const { user, services } = await renderGrowth('/competencies', freshBootOptions({ now: () => MARCH_3 }));
    saveCompetency(
      services.vault.doc,
      'c1',
      { name: 'Public speaking', description: '', current: 2, target: 4 },
      MARCH_3,
    );
    await user.click(await screen.findByRole('button', { name: 'Edit Public speaking' }));
    const edit = form(`Edit “${isolate('Public speaking')}”`);
    expect(pick(edit, 'Current level', '2 Learning')).toBeChecked();
    await user.click(pick(edit, 'Current level', '4 Skilled'));
    await user.click(within(edit).getByRole('button', { name: 'Cancel' }));
    expect(card('Public speaking')).toHaveTextContent('Gap: 2 levels to go');

    await user.click(screen.getByRole('button', { name: 'Edit Public speaking' }));
    const again = form(`Edit “${isolate('Public speaking')}”`);
    await user.clear(within(again).getByLabelText('Name'));
    await user.type(within(again).getByLabelText('Name'), 'Presenting');
    await user.click(pick(again, 'Current level', '4 Skilled'));
    await user.click(within(again).getByRole('button', { name: 'Save' }));
    expect(card('Presenting')).toHaveTextContent('Now: Skilled (4) · Target: Skilled (4) · At target');
    expect(readCompetencies(services.vault.doc)).toMatchObject([
      { id: 'c1', name: 'Presenting', current: 4 },
    ]);
  });

  it('deletes a competency with Undo, and keeps competencies after a restart', async () => {
    const options = freshBootOptions();
    const first = await renderGrowth('/competencies', options);
    saveCompetency(
      first.services.vault.doc,
      'c1',
      { name: 'Negotiation', description: 'Win-win', current: 1, target: 3 },
      MARCH_3,
    );
    await first.user.click(await screen.findByRole('button', { name: 'Delete Negotiation' }));
    expect(screen.queryByRole('article', { name: 'Negotiation' })).not.toBeInTheDocument();
    expect(screen.getByText(`Deleted “${isolate('Negotiation')}”`)).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(card('Negotiation')).toHaveTextContent('Win-win');
    await first.close();

    await renderGrowth('/competencies', options);
    expect(await screen.findByRole('article', { name: 'Negotiation' })).toHaveTextContent(
      'Now: Aware (1) · Target: Practising (3) · Gap: 2 levels to go',
    );
  });
});
