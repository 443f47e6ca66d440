// Every process the harness starts runs in its own process group (spawn's `detached` calls
// setsid), so that stopping it also stops the watchers and extension hosts it forked. The
// groups are stopped at the end, on failure, and on Ctrl+C / SIGTERM / SIGHUP.
import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';

const groups = new Set<number>();

export interface Group {
  child: ChildProcess;
  pgid: number;
  /** Resolves with the exit code (or signal name) when the top process ends. */
  exited: Promise<number | string>;
}

export function spawnGroup(cmd: string, args: string[], opts: SpawnOptions = {}): Group {
  installHandlers();
  const child = spawn(cmd, args, { ...opts, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${cmd}`);
  const pgid = child.pid;
  groups.add(pgid);
  const exited = new Promise<number | string>((resolve) => {
    child.once('error', (e) => resolve(`error: ${e.message}`));
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return { child, pgid, exited };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole group, then SIGKILL whatever is still there after `graceMs`. */
export async function stopGroup(pgid: number, graceMs = 3000): Promise<void> {
  if (!groupAlive(pgid)) {
    groups.delete(pgid);
    return;
  }
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone meanwhile */
    }
  }
  groups.delete(pgid);
}

/** A cleanup: synchronous, or a promise that is awaited. */
type Cleanup = () => void | Promise<void>;
const cleanups: Cleanup[] = [];
const finalCleanups: Cleanup[] = [];

/**
 * Registers a cleanup. `before` ones (close a browser) run before the process groups are
 * stopped, `after` ones (remove a run's folders) once nothing can write there any more.
 */
export function onCleanup(fn: Cleanup, when: 'before' | 'after' = 'before'): void {
  installHandlers();
  (when === 'before' ? cleanups : finalCleanups).push(fn);
}

async function drain(list: Cleanup[]): Promise<void> {
  while (list.length) {
    const fn = list.pop()!;
    try {
      await fn();
    } catch {
      /* keep stopping the rest */
    }
  }
}

let stopping = false;
/** True once stopAll has begun: a process that finishes starting after that must stop at once. */
export function isStopping(): boolean {
  return stopping;
}

/** Runs the `before` cleanups (last registered first), stops every group, then the `after` ones. */
export async function stopAll(): Promise<void> {
  stopping = true;
  await drain(cleanups);
  await Promise.all([...groups].map((g) => stopGroup(g)));
  await drain(finalCleanups);
}

let signalExitCode: number | undefined;
/** The exit code after Ctrl+C / SIGTERM (default 128 + signal; `npm start` ends with 0). */
export function setSignalExitCode(code: number): void {
  signalExitCode = code;
}

let installed = false;
function installHandlers(): void {
  if (installed) return;
  installed = true;
  // Last resort, synchronous: the node process is going away, whatever the reason.
  process.on('exit', () => {
    for (const g of groups) {
      try {
        process.kill(-g, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  });
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const sig of Object.keys(codes)) {
    process.once(sig as NodeJS.Signals, () => {
      void stopAll().finally(() => process.exit(signalExitCode ?? codes[sig]));
    });
  }
}
