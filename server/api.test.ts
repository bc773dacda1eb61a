import { openPglite } from './db/pglite';
import { teamApiSuite } from './testing/contract';
import { freshPgliteDir } from './testing/pglite-template';

// PGlite in this process, on a fresh cluster: the whole API, its hostile inputs and 500 concurrent writes.
teamApiSuite('PGlite', async () => openPglite(await freshPgliteDir()));
