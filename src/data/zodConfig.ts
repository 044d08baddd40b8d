import { z } from "zod";

/**
 * The production build's Content-Security-Policy forbids eval. zod 4 probes
 * `new Function` to compile fast parsers; the probe is caught, but Chromium
 * still reports it as a CSP violation. The data are parsed once per load, so
 * the slower interpreter costs nothing that matters. zod reads this when each
 * object schema is created, so main.tsx imports this module before any other.
 */
z.config({ jitless: true });
