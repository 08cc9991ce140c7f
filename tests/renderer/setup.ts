import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';

// The whole suite shares two cores in CI; debounced work (re-indexing 400 ms after typing stops)
// can take longer than the default one second to show up there.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});

// The journal fetches the other pages' code in the background once it is on screen; a file
// whose last test ends meanwhile must let those imports finish before jsdom is torn down.
afterAll(() => vi.dynamicImportSettled());
