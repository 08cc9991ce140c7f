import { useEffect } from 'react';

/**
 * Tells whoever prints this page (main's hidden print window, or a test driving Chromium) when
 * it may print: `<html data-print-state="ready">` once the plan is on screen and its fonts have
 * loaded, with the owner's name and the plan's title for the page header beside it; or
 * `data-print-state="error"` and `data-print-error` with the reason, so printing stops at once
 * with that reason instead of waiting out a timeout.
 */

export type PrintViewState =
  | { status: 'loading' }
  | { status: 'ready'; ownerName: string; planTitle: string }
  | { status: 'error'; message: string };

function clear(root: HTMLElement): void {
  for (const name of ['data-print-state', 'data-print-owner', 'data-print-title', 'data-print-error']) {
    root.removeAttribute(name);
  }
}

export function usePrintReadyMark(state: PrintViewState): void {
  const ownerName = state.status === 'ready' ? state.ownerName : '';
  const planTitle = state.status === 'ready' ? state.planTitle : '';
  const message = state.status === 'error' ? state.message : '';
  const { status } = state;
  useEffect(() => {
    const root = document.documentElement;
    let active = true;
    if (status === 'loading') root.dataset.printState = 'loading';
    if (status === 'error') {
      root.dataset.printState = 'error';
      root.dataset.printError = message;
    }
    if (status === 'ready') {
      root.dataset.printState = 'loading';
      // Glyphs for CJK or Arabic names may come from a font that loads only once it is needed.
      // (Environments without the Font Loading API, such as jsdom, have nothing to wait for.)
      const fontsReady = 'fonts' in document ? document.fonts.ready : Promise.resolve();
      void fontsReady.then(() => {
        if (!active) return;
        root.dataset.printOwner = ownerName;
        root.dataset.printTitle = planTitle;
        root.dataset.printState = 'ready';
        performance.mark('tandem:print-ready');
      });
    }
    return () => {
      active = false;
      clear(root);
    };
  }, [status, ownerName, planTitle, message]);
}
