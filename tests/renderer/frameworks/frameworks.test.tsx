import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { readFrameworkSummaries } from '../../../shared/schema/frameworkIndex';
import type { UiLocale } from '../../../shared/i18n/locales';
import { bootServices } from '../../../renderer/src/app/services';
import { FrameworksPage } from '../../../renderer/src/features/frameworks/FrameworksPage';
import { AppServicesContext, type AppServices } from '../../../renderer/src/services/AppServicesContext';
import { ToastProvider } from '../../../renderer/src/ui/toasts';
import { localeWrapper } from '../i18n/inLocale';
import { freshBootOptions } from '../journal/renderApp';

/** The frameworks page over real services (fake-indexeddb, real Yjs), at `path`. */
async function renderFrameworks(path = '/frameworks', locale?: UiLocale) {
  window.location.hash = `#${path}`;
  const user = userEvent.setup();
  const services = await bootServices(freshBootOptions());
  const wrapper = await localeWrapper(locale);
  render(<Frameworks services={services} />, wrapper ? { wrapper } : {});
  return { user, services };
}

function Frameworks({ services }: { services: AppServices }) {
  return (
    <AppServicesContext.Provider value={services}>
      <HashRouter>
        <ToastProvider>
          <Routes>
            <Route path="/frameworks" element={<FrameworksPage />} />
            <Route path="/frameworks/:frameworkId" element={<FrameworksPage />} />
          </Routes>
        </ToastProvider>
      </HashRouter>
    </AppServicesContext.Provider>
  );
}

const csvFile = (text: string, name = 'Ladder.csv') => new File([text], name, { type: 'text/csv' });
const summaries = (services: AppServices) => readFrameworkSummaries(services.vault.doc);

describe('career frameworks', () => {
  it('starts from the template and shows where each track leads, level by level', async () => {
    const { user, services } = await renderFrameworks();
    expect(screen.getByText('No career frameworks yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /New framework/ }));
    await user.click(screen.getByRole('button', { name: 'Start from the template' }));

    const framework = await screen.findByRole('article', { name: 'Engineering career framework' });
    const ladders = within(framework).getByRole('region', { name: 'Where each track leads' });
    const ic = within(ladders).getByRole('list', { name: 'Individual contributor' });
    expect(
      within(ic)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Engineer', 'Senior engineer', 'Staff engineer']);
    expect(within(ic).getByText('Level 3 of 3')).toBeInTheDocument();
    expect(within(ladders).getByRole('list', { name: 'Management' })).toHaveTextContent('Director');
    const table = within(framework).getByRole('table', {
      name: 'Competencies in the Individual contributor track',
    });
    expect(within(table).getByRole('rowheader', { name: 'Communication' })).toBeInTheDocument();
    expect(
      within(table).getByRole('cell', {
        name: 'Designs systems across teams and raises the technical bar of the organisation.',
      }),
    ).toBeInTheDocument();

    const list = screen.getByRole('navigation', { name: 'Frameworks' });
    expect(within(list).getByRole('link', { name: /Engineering career framework/ })).toHaveTextContent(
      '2 tracks · 3 competencies',
    );
    expect(summaries(services)).toHaveLength(1);
  });

  it('edits a track’s levels, refusing a duplicate level beside its field and saving nothing until fixed', async () => {
    const { user, services } = await renderFrameworks();
    await user.click(screen.getByRole('button', { name: /New framework/ }));
    await user.click(screen.getByRole('button', { name: 'Start from scratch' }));
    await screen.findByRole('article', { name: 'New career framework' });
    await user.click(screen.getByRole('button', { name: /Edit/ }));
    const form = screen.getByRole('form', { name: 'Edit framework' });
    const title = within(form).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Design ladder');
    await user.clear(within(form).getByLabelText('Track name'));
    await user.type(within(form).getByLabelText('Track name'), 'Designer');
    await user.clear(within(form).getByLabelText('Level 1 name'));
    await user.type(within(form).getByLabelText('Level 1 name'), 'Designer');
    await user.click(within(form).getByRole('button', { name: 'Add level to Designer' }));
    const second = within(form).getByLabelText('Level 2 name');
    await user.type(second, ' designer ');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(second).toHaveAttribute('aria-invalid', 'true');
    expect(second).toHaveAccessibleDescription('This track already has a level with this name');
    expect(second).toHaveFocus();
    expect(summaries(services)[0]).toMatchObject({ title: 'New career framework', tracks: [{ levels: 1 }] });

    await user.clear(second);
    await user.type(second, 'Senior designer');
    await user.type(within(form).getByLabelText('Role description of level 2'), 'Leads design for a product');
    await user.click(within(form).getByRole('button', { name: 'Add competency' }));
    await user.type(within(form).getByLabelText('Competency name'), 'Research');
    await user.type(
      within(form).getByLabelText('Research at Senior designer (Designer)'),
      'Plans studies for the whole team',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const framework = await screen.findByRole('article', { name: 'Design ladder' });
    expect(within(framework).getByText('Leads design for a product')).toBeInTheDocument();
    expect(
      within(framework).getByRole('cell', { name: 'Plans studies for the whole team' }),
    ).toBeInTheDocument();
    expect(summaries(services)[0]).toMatchObject({
      title: 'Design ladder',
      tracks: [{ name: 'Designer', levels: 2 }],
      competencies: 1,
    });
  });

  it('imports a CSV with a report of each row left out, and saves it only when asked', async () => {
    const { user, services } = await renderFrameworks();
    await user.click(screen.getByRole('button', { name: /New framework/ }));
    const csv =
      'track,level,competency,expectation\n' +
      'IC,Engineer,Craft,Writes tests\n' +
      'IC,Engineer,Craft,Again\n' +
      'IC,Senior,,Missing competency\n' +
      'IC,Senior,Craft,Designs components\n';
    await user.upload(screen.getByLabelText('CSV file'), csvFile(csv));
    expect(
      await screen.findByText('Ladder.csv: 2 rows read into 1 track and 1 competency.'),
    ).toBeInTheDocument();
    const report = screen.getByRole('list', { name: '2 rows left out' });
    expect(
      within(report)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Row 3: this track, level and competency already came in an earlier row',
      'Row 4: the competency cell is empty',
    ]);
    expect(summaries(services)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Import this framework' }));
    const framework = await screen.findByRole('article', { name: 'Ladder' });
    expect(within(framework).getByRole('cell', { name: 'Designs components' })).toBeInTheDocument();
    expect(summaries(services)).toEqual([expect.objectContaining({ title: 'Ladder', competencies: 1 })]);
  });

  it('refuses a CSV without the needed columns, saying which, and keeps nothing of it', async () => {
    const { user, services } = await renderFrameworks();
    await user.click(screen.getByRole('button', { name: /New framework/ }));
    await user.upload(screen.getByLabelText('CSV file'), csvFile('track,level,notes\nIC,1,x\n', 'bad.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.csv was not imported, and nothing of it was kept.');
    expect(alert).toHaveTextContent('The file has no column named competency and expectation.');
    expect(screen.queryByRole('button', { name: 'Import this framework' })).not.toBeInTheDocument();
    expect(summaries(services)).toHaveLength(0);
  });

  it('deletes a framework with Undo that brings it back', async () => {
    const { user, services } = await renderFrameworks();
    await user.click(screen.getByRole('button', { name: /New framework/ }));
    await user.click(screen.getByRole('button', { name: 'Start from the template' }));
    await screen.findByRole('article', { name: 'Engineering career framework' });
    await user.click(screen.getByRole('button', { name: /Delete/ }));
    await waitFor(() => expect(screen.getByText('No career frameworks yet.')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Engineering career framework' })).toBeInTheDocument();
    expect(summaries(services)[0]?.deletedAt).toBeNull();
  });

  it('starts from the template in the window’s language', async () => {
    const { user } = await renderFrameworks('/frameworks', 'de');
    await user.click(screen.getByRole('button', { name: /Neues Rahmenwerk/ }));
    await user.click(screen.getByRole('button', { name: 'Mit der Vorlage beginnen' }));
    const framework = await screen.findByRole('article', { name: 'Karriere-Rahmenwerk Entwicklung' });
    expect(within(framework).getByRole('list', { name: 'Fachlaufbahn' })).toHaveTextContent('Staff Engineer');
  });
});
