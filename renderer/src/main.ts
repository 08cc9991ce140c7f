import { openStore } from './app/openStore';

// Start reading the journal index first; the UI's code loads and parses meanwhile.
const opened = openStore();
void import('./app/startApp').then(({ startApp }) => startApp(opened));
