import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useAppServices } from '../AppServicesContext';
import { focusListRowWhenShown } from '../../ui/focusRescue';
import { useToasts } from '../../ui/toasts';

/**
 * Deletes a goal, feedback note or plan and returns to its list (`/goals`, …), saying so in a
 * toast whose Undo restores the item, shows it again and puts focus on its row in the list.
 */
export function useDeleteWithUndo(kind: 'goals' | 'feedback' | 'plans') {
  const { growth } = useAppServices();
  const navigate = useNavigate();
  const toasts = useToasts();
  return useCallback(
    (id: string, message: string) => {
      growth.delete(kind, id);
      void navigate(`/${kind}`);
      toasts.show(message, {
        label: 'Undo',
        run: () => {
          growth.restore(kind, id);
          void navigate(`/${kind}/${id}`);
          focusListRowWhenShown(id);
        },
      });
    },
    [growth, navigate, toasts, kind],
  );
}
