import { keepTypedTextOutOfBrowser } from './app/keepTypedTextOutOfBrowser';
import { openStore } from './app/openStore';

// Before any field exists: what is typed stays out of the browser engine's own files.
keepTypedTextOutOfBrowser();
// Start reading the journal index first; the UI's code loads and parses meanwhile.
const opened = openStore();
void import('./app/startApp').then(({ startApp }) => startApp(opened));
