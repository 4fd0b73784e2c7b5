import { z } from 'zod';

// The Content-Security-Policy forbids eval (script-src 'self'). Unless told not to, zod probes
// for it with Function('') when the first object schema is defined, and the browser reports a
// violation on every page load. Imported first by main.tsx, before any schema exists.
z.config({ jitless: true });
