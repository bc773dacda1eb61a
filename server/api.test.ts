import { teamApiSuite } from './testing/contract';
import { freshPglite } from './testing/pglite-template';

// PGlite in memory, in this process: the whole API, its hostile inputs and 500 concurrent writes.
teamApiSuite('PGlite', freshPglite);
