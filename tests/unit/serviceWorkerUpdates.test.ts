import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { UPDATE_CHECK_INTERVAL_MS, watchForUpdates, type UpdateEnvironment } from "../../src/app/serviceWorkerUpdates";

/** A service worker: its state, and what it was told. */
class FakeWorker extends EventTarget {
  messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

/** A registration whose update() is counted and can be held open. */
class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = new FakeWorker("activated");
  updates = 0;
  pending: (() => void) | undefined;
  update() {
    this.updates++;
    return new Promise<void>((done) => (this.pending = done));
  }
  /** A new version found: installing, then installed and waiting beside the active one. */
  newVersion() {
    const worker = new FakeWorker("installing");
    this.installing = worker;
    this.dispatchEvent(new Event("updatefound"));
    this.installing = null;
    this.waiting = worker;
    worker.become("installed");
    return worker;
  }
}

/** Two windows' channels joined, as BroadcastChannel joins the windows of one origin. */
function channels() {
  const all: { onmessage: ((event: MessageEvent) => void) | null; closed: boolean; sent: unknown[] }[] = [];
  const make = () => {
    const channel = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      closed: false,
      sent: [] as unknown[],
      postMessage(data: unknown) {
        channel.sent.push(data);
        for (const other of all) if (other !== channel && !other.closed) other.onmessage?.({ data } as MessageEvent);
      },
      close() {
        channel.closed = true;
      },
    };
    all.push(channel);
    return channel;
  };
  return { make, all };
}

function environment(channel: () => ReturnType<ReturnType<typeof channels>["make"]> | undefined = () => undefined) {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: "visible" as DocumentVisibilityState });
  const env = {
    window: Object.assign(win, { setInterval: globalThis.setInterval, clearInterval: globalThis.clearInterval }),
    document: doc,
    online: () => true,
    reload: vi.fn(),
    channel,
  };
  return env as unknown as UpdateEnvironment & { window: EventTarget; document: typeof doc; reload: ReturnType<typeof vi.fn> };
}

/** The promise callbacks of a finished check run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

const asRegistration = (r: FakeRegistration) => r as unknown as ServiceWorkerRegistration;

describe("watchForUpdates: an open page asks for a new version", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("asks on focus, when the tab is shown, and every hour; one check at a time; not offline", async () => {
    const registration = new FakeRegistration();
    const env = environment();
    let online = true;
    env.online = () => online;
    const watching = watchForUpdates(asRegistration(registration), () => {}, env);

    env.window.dispatchEvent(new Event("focus"));
    expect(registration.updates).toBe(1);
    // The tab shown while the first check is still out: not asked twice at once.
    env.document.dispatchEvent(new Event("visibilitychange"));
    expect(registration.updates).toBe(1);
    registration.pending!();
    await settle();
    env.document.dispatchEvent(new Event("visibilitychange"));
    expect(registration.updates).toBe(2);
    registration.pending!();
    await settle();

    // Hidden: nothing; offline: nothing.
    env.document.visibilityState = "hidden";
    env.document.dispatchEvent(new Event("visibilitychange"));
    online = false;
    env.window.dispatchEvent(new Event("focus"));
    expect(registration.updates).toBe(2);

    online = true;
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS);
    expect(registration.updates).toBe(3);

    // Stopped: no listener and no timer left.
    registration.pending!();
    await settle();
    watching.stop();
    env.window.dispatchEvent(new Event("focus"));
    vi.advanceTimersByTime(3 * UPDATE_CHECK_INTERVAL_MS);
    expect(registration.updates).toBe(3);
  });

  it("a failed check (no server) is quiet, and the next focus asks again", async () => {
    const registration = new FakeRegistration();
    registration.update = function () {
      this.updates++;
      return Promise.reject(new TypeError("Failed to update a ServiceWorker"));
    };
    const env = environment();
    watchForUpdates(asRegistration(registration), () => {}, env);
    env.window.dispatchEvent(new Event("focus"));
    await settle();
    env.window.dispatchEvent(new Event("focus"));
    expect(registration.updates).toBe(2);
  });

  it("says so when a new version is installed beside the active one, not at the first install", () => {
    const first = new FakeRegistration();
    first.active = null;
    const seenFirst = vi.fn();
    watchForUpdates(asRegistration(first), seenFirst, environment());
    const worker = new FakeWorker("installing");
    first.installing = worker;
    first.dispatchEvent(new Event("updatefound"));
    first.installing = null;
    first.waiting = worker;
    worker.become("installed");
    expect(seenFirst).not.toHaveBeenCalled();

    const registration = new FakeRegistration();
    const seen = vi.fn();
    watchForUpdates(asRegistration(registration), seen, environment());
    registration.newVersion();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it("says so at once when a new version already waits", () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker("installed");
    const seen = vi.fn();
    watchForUpdates(asRegistration(registration), seen, environment());
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe("watchForUpdates: windows reload together", () => {
  it("accepted in one window: both tell the new worker to take over, and both reload once it is active", () => {
    const joined = channels();
    // The presentation window and its presenter view: one registration, seen from two windows.
    const registration = new FakeRegistration();
    const main = environment(joined.make);
    const presenter = environment(joined.make);
    const mainWatch = watchForUpdates(asRegistration(registration), () => {}, main);
    watchForUpdates(asRegistration(registration), () => {}, presenter);
    const next = registration.newVersion();

    mainWatch.accept();
    expect(joined.all[0]!.sent).toEqual([{ type: "accept" }]);
    expect(next.messages).toContainEqual({ type: "SKIP_WAITING" });
    expect(main.reload).not.toHaveBeenCalled();
    expect(presenter.reload).not.toHaveBeenCalled();

    next.become("activating");
    expect(main.reload).not.toHaveBeenCalled();
    next.become("activated");
    expect(main.reload).toHaveBeenCalledTimes(1);
    expect(presenter.reload).toHaveBeenCalledTimes(1);
  });

  it("a window told after the new worker is already active reloads at once", () => {
    const joined = channels();
    const registration = new FakeRegistration();
    const late = environment(joined.make);
    watchForUpdates(asRegistration(registration), () => {}, late);
    const other = joined.make();
    other.postMessage({ type: "accept" });
    expect(late.reload).toHaveBeenCalledTimes(1);
  });

  it("stop closes the channel", () => {
    const joined = channels();
    const watch = watchForUpdates(asRegistration(new FakeRegistration()), () => {}, environment(joined.make));
    watch.stop();
    expect(joined.all[0]!.closed).toBe(true);
  });
});
