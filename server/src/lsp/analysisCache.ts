// One analysis per document version, shared by diagnostics, hovers, code actions, links and
// symbols: the document model is built once per version, never once per request or rule.
// Settings are asked per document through `workspace/configuration` and cached per URI until
// the configuration changes.

import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath } from './uri';
import { analyze, Analysis, CancellationToken, ConfigSources, DocumentFormat, NEVER_CANCELLED } from '../engine';
import { ProjectFileLocator } from './projectFile';

export interface DocumentSettings {
  run: 'onType' | 'onSave';
  sources: ConfigSources;
  /** Messages about the configuration itself (bad project file), shown once per change. */
  messages: string[];
}

export class AnalysisCache {
  private readonly analyses = new Map<string, { version: number; generation: number; analysis: Analysis }>();
  private readonly settings = new Map<string, Promise<DocumentSettings>>();
  private generation = 0;
  readonly projectFiles = new ProjectFileLocator();

  constructor(
    private readonly connection: Connection,
    private readonly canAskConfiguration: () => boolean,
    private readonly workspaceRoots: () => string[],
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
    const file = uriToPath(uri);
    if (file) {
      const root = this.workspaceRoots().find((r) => file.startsWith(r));
      const project = this.projectFiles.find(file, root);
      if (project) {
        sources.projectFileName = project.path;
        if (project.message) messages.push(project.message);
        else sources.projectFile = project.value;
      }
    }
    return { run: settings.run === 'onSave' ? 'onSave' : 'onType', sources, messages };
  }

  /** Forget settings (configuration or project file changed); analyses are recomputed on demand. */
  invalidateSettings(): void {
    this.settings.clear();
    this.generation++;
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
    this.settings.delete(uri);
  }

  /** The analysis of exactly this version, computing it at most once. */
  async get(doc: TextDocument, token: CancellationToken = NEVER_CANCELLED): Promise<Analysis> {
    const hit = this.peek(doc);
    if (hit) return hit;
    const generation = this.generation;
    const s = await this.settingsFor(doc.uri);
    const again = this.peek(doc);
    if (again) return again;
    const analysis = analyze({ text: doc.getText(), format: formatOf(doc), config: s.sources }, token);
    analysis.report.configurationMessages.unshift(...s.messages);
    if (generation === this.generation) this.analyses.set(doc.uri, { version: doc.version, generation, analysis });
    return analysis;
  }

  /** The cached analysis of this version, if already computed. */
  peek(doc: TextDocument): Analysis | undefined {
    const hit = this.analyses.get(doc.uri);
    return hit && hit.version === doc.version && hit.generation === this.generation ? hit.analysis : undefined;
  }
}

export function formatOf(doc: TextDocument): DocumentFormat | undefined {
  if (doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri)) return 'markdown';
  if (doc.languageId === 'plaintext' || /\.txt$/i.test(doc.uri)) return 'plaintext';
  return undefined; // privacy-policy language: detect from the text
}
