import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useT } from '../i18n/useT';

export interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  /** Text, or text with people's words in `<bdi>` (t.rich). */
  message: ReactNode;
  action?: ToastAction;
}

interface ToastApi {
  show: (message: ReactNode, action?: ToastAction) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
const TOAST_MS = 8000;

/**
 * Transient messages ("Entry deleted — Undo") in a polite live region, so screen readers announce
 * them without stealing focus. Kept in-house: react-aria's toast API is still marked unstable.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((message: ReactNode, action?: ToastAction) => {
    const id = nextId.current++;
    setToasts((all) => [...all.slice(-2), { id, message, ...(action ? { action } : {}) }]);
  }, []);
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast.id, onDismiss]);
  return (
    <div className="toast">
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button"
          onClick={() => {
            toast.action?.run();
            onDismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="button"
        aria-label={t('shell.toast.dismiss')}
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts must be used inside <ToastProvider>');
  return api;
}
