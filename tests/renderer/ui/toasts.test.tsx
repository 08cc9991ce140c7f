import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileNameOf } from '../../../renderer/src/ui/fileName';
import { ToastProvider, toastDuration, useToasts } from '../../../renderer/src/ui/toasts';

function ShowButton({ message, withUndo = false }: { message: string; withUndo?: boolean }) {
  const toasts = useToasts();
  return (
    <button
      type="button"
      onClick={() => toasts.show(message, withUndo ? { label: 'Undo', run: () => undefined } : undefined)}
    >
      Show
    </button>
  );
}

function renderToast(message: string, withUndo = false) {
  render(
    <ToastProvider>
      <ShowButton message={message} withUndo={withUndo} />
    </ToastProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Show' }));
  return () => screen.queryByText(message);
}

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stay longer for longer messages and for an action to decide on, within bounds', () => {
    expect(toastDuration('Saved.', false)).toBe(6_000);
    const long = 'Deleted “Quarterly reflection on the platform migration and what it taught me”';
    expect(toastDuration(long, false)).toBeGreaterThan(toastDuration('Deleted “Notes”', false));
    expect(toastDuration(long, true)).toBeGreaterThan(toastDuration(long, false));
    expect(toastDuration('x'.repeat(5_000), true)).toBe(20_000);
  });

  it('leave on their own once read', () => {
    const message = 'Review recorded for today.';
    const toast = renderToast(message);
    act(() => {
      vi.advanceTimersByTime(toastDuration(message, false) - 100);
    });
    expect(toast()).not.toBeNull();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(toast()).toBeNull();
  });

  it('wait while the pointer is on them, then take the time they had left', () => {
    const message = 'Deleted “Week of the offsite”';
    const toast = renderToast(message, true);
    const total = toastDuration(message, true);
    act(() => {
      vi.advanceTimersByTime(total - 1_000);
    });
    fireEvent.pointerEnter(screen.getByRole('status'));
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(toast()).not.toBeNull();
    fireEvent.pointerLeave(screen.getByRole('status'));
    act(() => {
      vi.advanceTimersByTime(900);
    });
    expect(toast()).not.toBeNull();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(toast()).toBeNull();
  });

  it('wait while focus is on them (reaching Undo by keyboard)', () => {
    const message = 'Deleted “Notes before my review”';
    const toast = renderToast(message, true);
    act(() => {
      screen.getByRole('button', { name: 'Undo' }).focus();
    });
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(toast()).not.toBeNull();
    act(() => {
      screen.getByRole('button', { name: 'Show' }).focus();
    });
    act(() => {
      vi.advanceTimersByTime(toastDuration(message, true));
    });
    expect(toast()).toBeNull();
  });
});

describe('fileNameOf', () => {
  it('names the file, not the folders it is in', () => {
    expect(fileNameOf('/home/sam/Documents/Platform lead plan.pdf')).toBe('Platform lead plan.pdf');
    expect(fileNameOf('C:\\Users\\Sam\\Documents\\plan.pdf')).toBe('plan.pdf');
    expect(fileNameOf('plan.pdf')).toBe('plan.pdf');
  });
});
