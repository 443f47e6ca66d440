// One analysis per document version, shared by diagnostics, hovers, code actions, links and
// symbols: the document model is built once per version, never once per request or rule.
// Settings are asked per document through `workspace/configuration` and cached per URI until
// the configuration changes.
//
// Responsiveness: the check itself runs where the AnalysisRunner puts it: in a worker thread
// (the Node server), or in this thread in slices of a few milliseconds (a host without workers).
// Either way a hover or a quick-fix request that arrives during a long check is answered at
// once. Whatever needs the text only (article hovers, links, outline, folding) is answered from
// this thread's document model, built when first asked for, without waiting for the check.

import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, buildDocumentModel, CancellationToken, ConfigSources, DocumentFormat, NEVER_CANCELLED, PolicyDocument } from '../engine';
import type { ProjectFileFinder } from '../files/projectFileFinder';
import { AnalysisRunner, CheckToken, InThreadRunner } from './analysisRunner';

export interface DocumentSettings {
  run: 'onType' | 'onSave';
  sources: ConfigSources;
  /** Messages about the configuration itself (bad project file), shown once per change. */
  messages: string[];
  /** The `.privacy-policy.json` that applies, where a profile-fact quick fix records its answer. */
  projectFileUri?: string;
}

/** What is known about one version of a document. */
interface Entry {
  version: number;
  generation: number;
  model?: PolicyDocument;
  analysis?: Analysis;
  running?: { promise: Promise<Analysis>; token: CheckToken };
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly settings = new Map<string, Promise<DocumentSettings>>();
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly canAskConfiguration: () => boolean,
    /** Workspace folder URIs: the project-file walk stops at the one holding the document. */
    private readonly workspaceRoots: () => string[],
    /** Where `.privacy-policy.json` comes from: the disk (Node) or the client (web worker). */
    readonly projectFiles: ProjectFileFinder,
    /** Where checks run; by default in this thread, in slices. */
    private readonly runner: AnalysisRunner = new InThreadRunner(),
  ) {}

  settingsFor(uri: string): Promise<DocumentSettings> {
    let p = this.settings.get(uri);
    if (!p) {
      p = this.loadSettings(uri);
      this.settings.set(uri, p);
    }
    return p;
  }

  private async loadSettings(uri: string): Promise<DocumentSettings> {
    let raw: unknown = undefined;
    if (this.canAskConfiguration()) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'privacyPolicy' });
      } catch {
        raw = undefined; // the client went away or does not answer: defaults
      }
    }
    const settings = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const sources: ConfigSources = { settings };
    const messages: string[] = [];
    const root = this.workspaceRoots().find((r) => uri.startsWith(r.endsWith('/') ? r : `${r}/`));
    const project = await this.projectFiles.find(uri, root);
    if (project) {
      sources.projectFileName = project.path;
      sources.projectFileText = project.text;
      if (project.message) messages.push(project.message);
      else sources.projectFile = project.value;
    }
    return { run: settings.run === 'onSave' ? 'onSave' : 'onType', sources, messages, projectFileUri: project?.uri };
  }

  /** Forget settings (configuration or project file changed); analyses are recomputed on demand. */
  invalidateSettings(): void {
    this.settings.clear();
    this.generation++;
    for (const e of this.entries.values()) e.running?.token.cancel();
  }

  forget(uri: string): void {
    this.entries.get(uri)?.running?.token.cancel();
    this.entries.delete(uri);
    this.settings.delete(uri);
  }

  /** A newer version arrived: abandon the check of any other version of this document. */
  cancelOtherVersions(doc: TextDocument): void {
    const e = this.entries.get(doc.uri);
    if (e && e.version !== doc.version) e.running?.token.cancel();
  }

  /** The entry of exactly this version (and settings generation), replacing an older one. */
  private entry(doc: TextDocument): Entry {
    let e = this.entries.get(doc.uri);
    if (e && e.version === doc.version && e.generation === this.generation) return e;
    // A late request about an older version must not evict the current one: computed aside.
    if (e && e.version > doc.version) return { version: doc.version, generation: this.generation };
    e?.running?.token.cancel();
    // Same text, new settings: the model is still valid.
    const model = e && e.version === doc.version ? e.model : undefined;
    e = { version: doc.version, generation: this.generation, model };
    this.entries.set(doc.uri, e);
    return e;
  }

  /** The document model of this version, built once: enough for hovers on citations, links, outline. */
  model(doc: TextDocument): PolicyDocument {
    return modelOf(doc, this.entry(doc));
  }

  /** The model of this version if it is already built (never builds it). */
  builtModel(doc: TextDocument): PolicyDocument | undefined {
    const e = this.entries.get(doc.uri);
    return e && e.version === doc.version ? e.model : undefined;
  }

  /**
   * The analysis of exactly this version, computed at most once and shared by every caller.
   * `token` only stops this caller's wait (a cancelled hover); the check itself is abandoned
   * only when the document changes, closes or the settings change.
   */
  async get(doc: TextDocument, token: CancellationToken = NEVER_CANCELLED): Promise<Analysis> {
    const hit = this.peek(doc);
    if (hit) return hit;
    const s = await this.settingsFor(doc.uri);
    const e = this.entry(doc);
    if (e.analysis) return e.analysis;
    e.running ??= this.start(doc, e, s);
    return waitUnlessCancelled(e.running.promise, token);
  }

  /** The cached analysis of this version, if already computed. */
  peek(doc: TextDocument): Analysis | undefined {
    const e = this.entries.get(doc.uri);
    return e && e.version === doc.version && e.generation === this.generation ? e.analysis : undefined;
  }

  private start(doc: TextDocument, e: Entry, s: DocumentSettings): { promise: Promise<Analysis>; token: CheckToken } {
    const token = new CheckToken();
    const promise = (async () => {
      try {
        const { options, report } = await this.runner.check({ text: doc.getText(), format: formatOf(doc), config: s.sources }, token, () => modelOf(doc, e));
        report.configurationMessages.unshift(...s.messages);
        // The model is this thread's, built only when a feature needs it (a worker's stays there).
        const analysis: Analysis = {
          get doc() {
            return modelOf(doc, e);
          },
          options,
          report,
        };
        e.analysis = analysis;
        return analysis;
      } finally {
        e.running = undefined;
      }
    })();
    promise.catch(() => undefined); // a cancelled check nobody waits for is not an error
    return { promise, token };
  }
}

/** The entry's document model, built on first use. */
function modelOf(doc: TextDocument, e: Entry): PolicyDocument {
  e.model ??= buildDocumentModel(doc.getText(), formatOf(doc));
  return e.model;
}

class RequestCancelledError extends Error {
  constructor() {
    super('The request was cancelled.');
    this.name = 'CancelledError';
  }
}

/** Waits for `promise`, but gives up (CancelledError) as soon as the request's token is cancelled. */
function waitUnlessCancelled<T>(promise: Promise<T>, token: CancellationToken): Promise<T> {
  if (token === NEVER_CANCELLED) return promise;
  if (token.isCancellationRequested) return Promise.reject(new RequestCancelledError());
  const lsp = token as { onCancellationRequested?: (listener: () => void) => { dispose(): void } };
  if (typeof lsp.onCancellationRequested !== 'function') return promise;
  return new Promise<T>((resolve, reject) => {
    const sub = lsp.onCancellationRequested!(() => reject(new RequestCancelledError()));
    promise.finally(() => sub.dispose()).then(resolve, reject);
  });
}

export function formatOf(doc: TextDocument): DocumentFormat | undefined {
  if (doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri)) return 'markdown';
  if (doc.languageId === 'plaintext' || /\.txt$/i.test(doc.uri)) return 'plaintext';
  return undefined; // privacy-policy language: detect from the text
}
