import { useEffect, useState } from 'react';

/**
 * A module loaded on first use and kept. Unlike React.lazy + Suspense, a module that is already
 * loaded renders in the same pass: React throttles Suspense reveals by up to 300 ms, which would
 * be paid on every entry opened.
 */
export class LazyModule<T> {
  private value: T | null = null;
  private pending: Promise<T> | null = null;

  constructor(private readonly load: () => Promise<T>) {}

  get loaded(): T | null {
    return this.value;
  }

  preload(): Promise<T> {
    this.pending ??= this.load().then((value) => {
      this.value = value;
      return value;
    });
    return this.pending;
  }
}

/**
 * The module once loaded (immediately if it already is); starts loading it otherwise — or,
 * with `needed` false, only once it is needed: a module for something not on screen yet (a
 * dialog, the open entry) then stays off start-up, whose work ends when the first screen is up.
 * State holds the module it belongs to, so a hook reused for another module never shows the
 * previous one — and wraps the value, because a loaded value may itself be a function (a
 * component), which React would take for a state updater.
 */
export function useLazyModule<T>(module: LazyModule<T>, needed = true): T | null {
  const [state, setState] = useState<{ module: LazyModule<T>; value: T | null }>(() => ({
    module,
    value: module.loaded,
  }));
  const current = state.module === module ? state.value : null;
  const shown = current !== null;
  useEffect(() => {
    if (shown || !needed) return;
    let active = true;
    module.preload().then(
      (loaded) => active && setState({ module, value: loaded }),
      (error: unknown) => console.error('Tandem could not load part of its interface', error),
    );
    return () => {
      active = false;
    };
  }, [module, shown, needed]);
  return current ?? module.loaded;
}
