/**
 * A one-shot timer that can stop counting for a while: the login clock must not run while the
 * user reads a host-key fingerprint and decides.
 */
export const pausableTimer = (ms: number, onFire: () => void) => {
  let remaining = ms;
  let startedAt = Date.now();
  let handle: ReturnType<typeof setTimeout> | undefined = setTimeout(onFire, remaining);
  return {
    pause: () => {
      if (!handle) return;
      clearTimeout(handle);
      handle = undefined;
      remaining -= Date.now() - startedAt;
    },
    resume: () => {
      if (handle || remaining === Number.POSITIVE_INFINITY) return;
      startedAt = Date.now();
      handle = setTimeout(onFire, Math.max(0, remaining));
    },
    stop: () => {
      if (handle) clearTimeout(handle);
      handle = undefined;
      remaining = Number.POSITIVE_INFINITY;
    },
  };
};
