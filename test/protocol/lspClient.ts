// A minimal LSP client for protocol tests: starts the bundled server over stdio, answers the
// server's requests (configuration, registrations), and lets tests wait for notifications.
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';

export const ROOT = path.join(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ code: string; severity: number; source: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; codeDescription?: { href: string }; data?: unknown; relatedInformation?: unknown[] }>;
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  settings: Record<string, unknown> = {};
  readonly published: Published[] = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  private waiters: Array<() => void> = [];
  stderr = '';

  constructor(initOptions: Record<string, unknown> = { debounceMs: 20 }) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map(() => this.settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/showMessageRequest', () => null);
    this.conn.onNotification((method: string, params: unknown) => {
      if (method === 'textDocument/publishDiagnostics') this.published.push(params as Published);
      else this.notifications.push({ method, params });
      const w = this.waiters;
      this.waiters = [];
      for (const f of w) f();
    });
    this.conn.listen();
    this.initOptions = initOptions;
  }
  private initOptions: Record<string, unknown>;

  /** `workspaceFolders`: the folders an editor has open (none by default). */
  async initialize(workspaceFolders: Array<{ uri: string; name: string }> | null = null): Promise<{ capabilities: Record<string, unknown> }> {
    const r = await this.conn.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders,
      initializationOptions: this.initOptions,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true } } },
    });
    await this.conn.sendNotification('initialized', {});
    return r;
  }

  /** Resolves when `predicate` holds for a notification; rejects with `what` after `ms`. */
  waitFor<T>(predicate: () => T | undefined, what: string, ms = 10000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = predicate();
        if (v !== undefined) {
          clearTimeout(timer);
          resolve(v);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}. Server stderr: ${this.stderr.slice(-2000)}`)), ms);
      const loop = () => {
        if (!check()) this.waiters.push(loop);
      };
      loop();
    });
  }

  diagnosticsFor(uri: string, version?: number): Promise<Published> {
    return this.waitFor(() => {
      for (let i = this.published.length - 1; i >= 0; i--) {
        const p = this.published[i];
        if (p.uri === uri && (version === undefined || p.version === version)) return p;
      }
      return undefined;
    }, `diagnostics for ${uri}${version !== undefined ? ` version ${version}` : ''}`);
  }

  async stop(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 3000);
      this.proc.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}
