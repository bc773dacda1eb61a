import { z } from 'zod';

// No JIT: zod would otherwise probe `new Function`, which the production CSP forbids (and reports
// as a violation even though zod catches the error). Imported by every schema module.
z.config({ jitless: true });
