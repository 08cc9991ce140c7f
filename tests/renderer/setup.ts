import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The whole suite shares two cores in CI; debounced work (re-indexing 400 ms after typing stops)
// can take longer than the default one second to show up there.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
