import type { Page } from 'playwright-core';
import { saveScreenshot } from './screenshots';
import { appStateReady, goToRoute } from './appState';
import type { SharingPeer } from './sharingPeer';

/** Steps through the UI that several two-installation tests share. */

export const spaceCard = (page: Page, peerName: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: peerName, level: 3 }) });

/** The first-run screen: the person's name, then the journal. */
export async function firstRun(peer: SharingPeer, displayName: string): Promise<void> {
  await peer.page.goto(peer.appUrl);
  await peer.page.getByLabel('What should we call you?').fill(displayName);
  await peer.page.getByRole('button', { name: 'Start journaling' }).click();
  await appStateReady(peer.page, 'journal-state');
}

export async function openSharing(page: Page): Promise<void> {
  await goToRoute(page, '/sharing');
  await page.getByRole('heading', { name: 'People & sharing', level: 1 }).waitFor();
  await page.getByText('Your key’s fingerprint').waitFor();
}

/**
 * The employee invites the manager by name, the manager pastes the code and accepts; resolves
 * once both space cards say "Connected." (pushed by main, no reload). With `screenshots`, the
 * invitation and the manager's preview are saved under that prefix.
 */
export async function pairThroughUi(
  employee: { peer: SharingPeer; name: string },
  manager: { peer: SharingPeer; name: string },
  screenshots?: string,
): Promise<string> {
  const employeePage = employee.peer.page;
  const managerPage = manager.peer.page;
  await openSharing(employeePage);
  await employeePage.getByRole('radio', { name: /^Employee/ }).check();
  await employeePage.getByLabel('Their name').fill(manager.name);
  await employeePage.getByRole('button', { name: 'Create invitation' }).click();
  const invitation = employeePage.getByRole('region', { name: `Invitation for ${manager.name}` });
  const shown = await invitation.getByRole('textbox', { name: 'Invitation code' }).inputValue();
  // The code travels as a person would move it: Copy code (through main's clipboard), then paste.
  await invitation.getByRole('button', { name: 'Copy code' }).click();
  await invitation.getByRole('button', { name: 'Copied' }).waitFor();
  const code = employee.peer.clipboard.at(-1);
  if (code !== shown) throw new Error(`Copy code put ${String(code)} on the clipboard, not the code shown`);
  if (screenshots) await saveScreenshot(employeePage, `${screenshots}-employee-invitation`);

  await openSharing(managerPage);
  await managerPage.getByRole('textbox', { name: 'Invitation code' }).fill(code);
  await managerPage.getByRole('button', { name: 'Check invitation' }).click();
  const details = managerPage.getByRole('region', { name: 'Invitation details' });
  await details.getByText(`${employee.name} invites you as their manager`).waitFor();
  if (screenshots) await saveScreenshot(managerPage, `${screenshots}-manager-preview`);
  await details.getByRole('button', { name: `Accept and connect with ${employee.name}` }).click();

  await spaceCard(managerPage, employee.name).getByText('Connected.').waitFor({ timeout: 20_000 });
  await spaceCard(employeePage, manager.name).getByText('Connected.').waitFor({ timeout: 20_000 });
  return code;
}
