/** BroadcastChannel as the browser has it, delivered at once: every other channel of the name hears a message. */
export class FakeChannel {
  static open: FakeChannel[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor(readonly name: string) {
    FakeChannel.open.push(this);
  }
  postMessage(data: unknown) {
    for (const other of FakeChannel.open) if (other !== this && other.name === this.name) other.onmessage?.({ data } as MessageEvent);
  }
  close() {
    FakeChannel.open = FakeChannel.open.filter((c) => c !== this);
  }
}
