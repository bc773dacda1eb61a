import { openPglite } from './db/pglite';
import { teamApiSuite } from './testing/contract';

// PGlite in memory, in this process: the whole API, its hostile inputs and 500 concurrent writes.
teamApiSuite('PGlite', () => openPglite());
