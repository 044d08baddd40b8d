/**
 * Full screen on a user gesture, with a graceful fallback: when the browser
 * (or a locked-down laptop) refuses, the presentation layout still fills the window.
 */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || !root.requestFullscreen) return;
  root.requestFullscreen().catch(() => {
    /* refused: the layout fills the window instead */
  });
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && document.exitFullscreen) {
    document.exitFullscreen().catch(() => {
      /* already left */
    });
  }
}
