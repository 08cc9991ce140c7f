import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Editing an item in place of its view. Leaving the form returns focus to the Edit button (give
 * it `editButton`), rather than dropping it on the page body.
 */
export function useEditToggle() {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const startEditing = useCallback(() => setEditing(true), []);
  const stopEditing = useCallback(() => {
    returnFocus.current = true;
    setEditing(false);
  }, []);
  return { editing, startEditing, stopEditing, editButton };
}
