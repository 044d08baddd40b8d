import { z } from "zod";

/**
 * zod, configured: every schema in src/ imports `z` from here (lint forbids
 * "zod" elsewhere), so the setting below runs before any schema is created,
 * however the build splits the modules into chunks.
 *
 * The production build's Content-Security-Policy forbids eval. zod 4 probes
 * `new Function` to compile fast parsers; the probe is caught, but Chromium
 * still reports it as a CSP violation. The data are parsed once per load, so
 * the slower interpreter costs nothing that matters.
 */
z.config({ jitless: true });

export { z };
