// Gives the event loop a turn, so that queued messages are handled between slices of work.
// Node has setImmediate; a browser's web worker has not, and its setTimeout(0) is clamped to
// 4 ms when nested, so there a MessageChannel message is the cheapest way to yield.

/** The parts of a browser MessageChannel used here (the project compiles against Node's types). */
interface Channel {
  port1: { onmessage: (() => void) | null };
  port2: { postMessage(message: undefined): void };
}

let channel: Channel | undefined;
const waiting: Array<() => void> = [];

export function nextTurn(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise<void>((resolve) => setImmediate(resolve));
  return new Promise<void>((resolve) => {
    if (!channel) {
      channel = new MessageChannel() as unknown as Channel;
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(undefined);
  });
}
