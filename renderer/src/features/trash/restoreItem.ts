import type { TrashItem } from '../../../../shared/trash/trash';
import type { AppServices } from '../../services/AppServicesContext';

/** Takes an item out of the trash: it is back in its list, search and the overview. */
export function restoreItem(services: Pick<AppServices, 'journal' | 'growth'>, item: TrashItem): void {
  if (item.kind === 'reflection') services.journal.restoreEntry(item.id);
  else
    services.growth.restore(
      item.kind === 'goal' ? 'goals' : item.kind === 'plan' ? 'plans' : 'feedback',
      item.id,
    );
}
