/**
 * Code the benchmark runs inside Chromium, as plain JavaScript source. It is installed with
 * `addInitScript` and called by name (`__tandemBench.openEntry(...)`) rather than passed as
 * TypeScript functions: bench/ compiles without DOM typings, and tsx would wrap named inner
 * functions in a helper the page does not have. Timings are taken in the page with
 * `performance.now()`, so they include no round trips to Node.
 */
export const BENCH_PAGE_SCRIPT = `(() => {
  const opens = [];
  const originalOpen = IDBFactory.prototype.open;
  // Every IndexedDB database the page opens, with when; boot should open only a handful.
  IDBFactory.prototype.open = function (name, version) {
    opens.push({ name: String(name), at: performance.now() });
    return originalOpen.apply(this, arguments);
  };

  const marks = {};
  const watchRoot = () => {
    const root = document.documentElement;
    const check = () => {
      if (marks.searchReady === undefined && root.dataset.searchState === 'ready') marks.searchReady = performance.now();
      if (marks.journalReady === undefined && root.dataset.journalState === 'ready') marks.journalReady = performance.now();
    };
    new MutationObserver(check).observe(root, { attributes: true, attributeFilter: ['data-search-state', 'data-journal-state'] });
    check();
  };
  if (document.documentElement) watchRoot();
  else document.addEventListener('readystatechange', watchRoot, { once: true });

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  const waitFor = (predicate, timeoutMs, what) =>
    new Promise((resolve, reject) => {
      if (predicate()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!predicate()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('Timed out waiting for ' + what));
      }, timeoutMs);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });

  let stagedPaste = null;
  let pasteWatch = null;
  let keystroke = null;

  const journalNav = () => document.querySelector('[aria-label="Journal entries"]');

  const findEntry = (title) => {
    const list = journalNav();
    if (!list) return null;
    return [...list.querySelectorAll('a, button')].find((el) => (el.textContent || '').trim().startsWith(title)) || null;
  };

  const searchBox = () =>
    [...document.querySelectorAll('input')].find(
      (input) =>
        input.getAttribute('aria-label') === 'Search journal' ||
        [...(input.labels || [])].some((label) => (label.textContent || '').trim() === 'Search journal'),
    ) || null;

  const setInputValue = (input, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  const saved = () => {
    const indicator = document.querySelector('[data-testid="save-state"]');
    return !indicator || /^Saved/.test((indicator.textContent || '').trim());
  };

  globalThis.__tandemBench = {
    opens,
    marks,
    /** Resolves once <html data-{name}="ready">, e.g. journalState, searchState, stockState. */
    waitForState(name, timeoutMs) {
      return waitFor(() => document.documentElement && document.documentElement.dataset[name] === 'ready', timeoutMs, name);
    },
    /** Resolves once the save indicator (if any) says everything is saved. */
    waitForSaved(timeoutMs) {
      return waitFor(saved, timeoutMs, 'the save indicator to say Saved');
    },
    /**
     * Resolves once the app's saved search index exists (renderer/src/features/search/
     * searchIndexStore.ts: database 'tandem/search-index', store 'indexes', key 'journal').
     */
    async waitForSavedSearchIndex(timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      const hasIndex = () =>
        new Promise((resolve) => {
          const request = indexedDB.open('tandem/search-index');
          request.onerror = () => resolve(false);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('indexes')) { db.close(); return resolve(false); }
            const count = db.transaction('indexes').objectStore('indexes').count('journal');
            count.onsuccess = () => { db.close(); resolve(count.result > 0); };
            count.onerror = () => { db.close(); resolve(false); };
          };
        });
      while (!(await hasIndex())) {
        if (performance.now() > deadline) throw new Error('Timed out waiting for the search index to be saved');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return performance.now();
    },
    waitForSearchBox(timeoutMs) {
      return waitFor(() => searchBox() !== null, timeoutMs, 'a search box labelled "Search journal"');
    },
    /** Navigation-relative times of the app's marks and the databases opened before each. */
    bootReport() {
      const mark = performance.getEntriesByName('tandem:journal-ready', 'mark')[0];
      const journalReady = mark ? mark.startTime : null;
      const namesUntil = (t) => (t === null || t === undefined ? null : opens.filter((o) => o.at <= t).map((o) => o.name));
      const nav = performance.getEntriesByType('navigation')[0];
      const vaultOpen = opens.find((o) => o.name === 'tandem/vault');
      const vaultLoaded = performance.getEntriesByName('tandem:vault-loaded', 'mark')[0];
      const uiCodeLoaded = performance.getEntriesByName('tandem:ui-code-loaded', 'mark')[0];
      return {
        journalReady,
        vaultLoadedAt: vaultLoaded ? vaultLoaded.startTime : null,
        uiCodeLoadedAt: uiCodeLoaded ? uiCodeLoaded.startTime : null,
        searchReady: marks.searchReady ?? null,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        vaultOpenAt: vaultOpen ? vaultOpen.at : null,
        opensBeforeJournalReady: namesUntil(journalReady),
        opensBeforeSearchReady: namesUntil(marks.searchReady),
      };
    },
    stockReport() {
      const mark = performance.getEntriesByName('stock:vault-synced', 'mark')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      const vaultOpen = opens.find((o) => o.name === 'tandem/vault');
      return {
        synced: mark ? mark.startTime : null,
        entries: Number(document.documentElement.dataset.entries),
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        vaultOpenAt: vaultOpen ? vaultOpen.at : null,
      };
    },
    /** Click an entry in the list; ms until its editor is editable and shows the expected heading. */
    async openEntry({ title, heading, timeoutMs }) {
      const link = findEntry(title);
      if (!link) throw new Error('No journal list item starting with ' + title);
      const ready = () => {
        const editor = document.querySelector('[data-testid="entry-editor"][data-ready="true"]');
        const first = editor && editor.querySelector('.ProseMirror h1, .ProseMirror h2, .ProseMirror h3');
        return Boolean(first && first.textContent === heading);
      };
      const start = performance.now();
      const pending = waitFor(ready, timeoutMs, 'the editor of ' + title);
      link.click();
      const readyAt = await pending;
      await nextFrame();
      return { readyMs: readyAt - start, paintedMs: performance.now() - start };
    },
    /**
     * Puts text on a 'paste' ClipboardEvent (a DataTransfer carrying text/plain, as Chromium
     * sends for Ctrl/Cmd+V) ready for pasteText: a separate call, so that moving a megabyte
     * into the page is not part of the task that pastes it.
     */
    stagePaste(text) {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      stagedPaste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      return data.getData('text/plain').length;
    },
    /**
     * Dispatches the staged paste at the caret of the open entry's editor. Resolves once the
     * editor's last block reads lastParagraph (ms from dispatch), then after the next frame.
     * Long tasks from just before the dispatch on are collected until pasteLongTasks() is called.
     */
    async pasteText({ lastParagraph, timeoutMs }) {
      const root = document.querySelector('[data-testid="entry-editor"][data-ready="true"] .ProseMirror');
      if (!root) throw new Error('No editable entry editor');
      if (!stagedPaste) throw new Error('stagePaste was not called');
      const event = stagedPaste;
      stagedPaste = null;
      root.focus();
      const longTasks = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
      });
      observer.observe({ type: 'longtask' });
      pasteWatch = { observer, longTasks, start: 0 };
      const landed = () => {
        const last = root.lastElementChild;
        return Boolean(last && last.textContent === lastParagraph);
      };
      if (landed()) throw new Error('The editor already ends with the paragraph to paste');
      const start = performance.now();
      pasteWatch.start = start;
      const pending = waitFor(landed, timeoutMs, 'the pasted text in the editor');
      root.dispatchEvent(event);
      const dispatchReturnedAt = performance.now();
      const landedAt = await pending;
      await nextFrame();
      return {
        dispatchMs: dispatchReturnedAt - start,
        landedMs: landedAt - start,
        paintedMs: performance.now() - start,
        handled: event.defaultPrevented,
        textLength: (root.textContent || '').length,
      };
    },
    /** Stops collecting long tasks; the longest since the paste's dispatch, and their total. */
    async pasteLongTasks() {
      if (!pasteWatch) throw new Error('No paste is being watched');
      const { observer, longTasks, start } = pasteWatch;
      // Entries are delivered asynchronously: let the observer catch up before stopping it.
      await nextFrame();
      for (const entry of observer.takeRecords()) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
      observer.disconnect();
      pasteWatch = null;
      const tasks = longTasks.filter((t) => t.startTime + t.duration >= start);
      const longest = tasks.reduce((a, b) => (b.duration > (a ? a.duration : -1) ? b : a), null);
      return {
        count: tasks.length,
        maxMs: longest ? longest.duration : 0,
        maxStartsAfterMs: longest ? longest.startTime - start : null,
        totalMs: tasks.reduce((sum, t) => sum + t.duration, 0),
        tasks: tasks.map((t) => ({ afterMs: t.startTime - start, durationMs: t.duration })),
      };
    },
    /**
     * Watches for the next keydown of key in the entry editor and for expectedEnd to show at the
     * end of the editor's last block. Call, then press the key from Node with real input, then
     * await keystrokeResult(). Times run from the keydown event's timeStamp (when Chromium
     * received the input, so time spent queued behind a busy main thread counts).
     */
    armKeystroke({ key, expectedEnd, timeoutMs }) {
      const root = document.querySelector('[data-testid="entry-editor"][data-ready="true"] .ProseMirror');
      if (!root) throw new Error('No editable entry editor');
      let keydown = null;
      const onKeyDown = (event) => {
        if (event.key !== key || keydown) return;
        keydown = { timeStamp: event.timeStamp, handledAt: performance.now() };
      };
      window.addEventListener('keydown', onKeyDown, true);
      const shown = () => {
        const last = root.lastElementChild;
        return Boolean(keydown && last && (last.textContent || '').endsWith(expectedEnd));
      };
      keystroke = waitFor(shown, timeoutMs, 'the typed key in the editor').then(
        async (shownAt) => {
          window.removeEventListener('keydown', onKeyDown, true);
          await nextFrame();
          const paintedAt = performance.now();
          return {
            queuedMs: keydown.handledAt - keydown.timeStamp,
            shownMs: shownAt - keydown.timeStamp,
            paintedMs: paintedAt - keydown.timeStamp,
          };
        },
        (error) => {
          window.removeEventListener('keydown', onKeyDown, true);
          throw error;
        },
      );
      // An unawaited rejection would be reported as a page error before keystrokeResult runs.
      keystroke.catch(() => undefined);
    },
    keystrokeResult() {
      if (!keystroke) throw new Error('armKeystroke was not called');
      const result = keystroke;
      keystroke = null;
      return result;
    },
    hasSearchBox() {
      return searchBox() !== null;
    },
    /** Type a query into the search box; ms until the results list says it shows that query. */
    async search({ query, timeoutMs }) {
      const input = searchBox();
      if (!input) throw new Error('No search box labelled "Search journal"');
      input.focus();
      if (input.value !== '') {
        setInputValue(input, '');
        await nextFrame();
      }
      const results = () => document.querySelector('[data-testid="search-results"]');
      const shown = () => {
        const list = results();
        return Boolean(list && list.getAttribute('data-query') === query);
      };
      const start = performance.now();
      const pending = waitFor(shown, timeoutMs, 'results for ' + query);
      setInputValue(input, query);
      const shownAt = await pending;
      await nextFrame();
      const list = results();
      const hits = list ? list.querySelectorAll('li, [role="option"], [role="listitem"]').length : 0;
      return { shownMs: shownAt - start, paintedMs: performance.now() - start, hits };
    },
  };
})();`;
