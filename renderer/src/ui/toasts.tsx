import {
  createContext,
  useCallback,
  isValidElement,
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

const MIN_TOAST_MS = 6_000;
const MAX_TOAST_MS = 20_000;
/** About 150 words a minute, slower than most people read, so nobody has to hurry. */
const MS_PER_CHARACTER = 80;
/** Time to decide on the action (Undo) as well as read. */
const ACTION_EXTRA_MS = 4_000;

/** How long a toast stays: long enough to read its message at an unhurried pace. */
export function toastDuration(message: ReactNode, hasAction: boolean): number {
  const reading = 2_000 + textLength(message) * MS_PER_CHARACTER + (hasAction ? ACTION_EXTRA_MS : 0);
  return Math.min(MAX_TOAST_MS, Math.max(MIN_TOAST_MS, reading));
}

/** How many characters a message shows: its text, also inside elements such as <bdi>. */
function textLength(node: ReactNode): number {
  if (typeof node === 'string' || typeof node === 'number') return String(node).length;
  if (Array.isArray(node)) {
    let sum = 0;
    for (const child of node as readonly ReactNode[]) sum += textLength(child);
    return sum;
  }
  if (isValidElement<{ children?: ReactNode }>(node)) return textLength(node.props.children);
  return 0;
}

/**
 * Transient messages ("Entry deleted — Undo") in a polite live region, so screen readers announce
 * them without stealing focus. They sit in a strip of their own below the page (the page makes
 * room), so they never cover what they talk about; they wait while the pointer or focus is on
 * them. Kept in-house: react-aria's toast API is still marked unstable.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [hovered, setHovered] = useState(false);
  const [focusedWithin, setFocusedWithin] = useState(false);
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
      <div
        className="toast-region"
        role="status"
        aria-live="polite"
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={() => setHovered(false)}
        onFocus={() => setFocusedWithin(true)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) setFocusedWithin(false);
        }}
      >
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} paused={hovered || focusedWithin} onDismiss={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

interface ToastViewProps {
  toast: Toast;
  /** The pointer or focus is on the toasts: the clock stops until it leaves. */
  paused: boolean;
  onDismiss: (id: number) => void;
}

function ToastView({ toast, paused, onDismiss }: ToastViewProps) {
  const remaining = useRef(toastDuration(toast.message, toast.action !== undefined));
  const t = useT();
  useEffect(() => {
    if (paused) return;
    const startedAt = performance.now();
    const timer = setTimeout(() => onDismiss(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(0, remaining.current - (performance.now() - startedAt));
    };
  }, [toast.id, paused, onDismiss]);
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
