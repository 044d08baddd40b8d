import { lazyModule } from "../ui/lazyWithRetry";

/**
 * The picture pipeline's code (export/viewImage.ts and export/png.ts: a view drawn into a canvas with its title,
 * legend and names) loads with the first picture asked for (a slide's thumbnail, a slide's PNG), not with the map,
 * and is preloaded with the lazy chunks once the map is ready, so that it is there offline.
 */
export const viewImageCode = lazyModule(() => import("../export/viewImage"));
export const pngCode = lazyModule(() => import("../export/png"));
