// The VS Code client, the same on the desktop and on the web: starts the language server, owns
// the commands, the Disclosures view and the status bar item. All checking happens in the
// server (and its engine). The entry points are thin: extension.ts (Node extension host, the
// server in a child process) and browserExtension.ts (web extension host, the server in a web
// worker) differ only in how they make the LanguageClient (`ClientPlatform`).

import * as vscode from 'vscode';
import {
  BaseLanguageClient,
  CloseAction,
  CloseHandlerResult,
  DocumentSelector,
  ErrorAction,
  ErrorHandlerResult,
  LanguageClientOptions,
  Message,
  State,
} from 'vscode-languageclient';
import {
  CHECK_DOCUMENT_REQUEST,
  DISCLOSURES_NOTIFICATION,
  DisclosuresParams,
  ENABLE_REGIME_COMMAND,
  FORGET_DOCUMENT_NOTIFICATION,
  READ_PROJECT_FILE_REQUEST,
} from '../../server/src/protocol';
import { DisclosuresView } from './disclosuresView';
import { readIncludeGlobs } from './settings';
import { registerExportReport } from './exportReport';
import { readProjectFile } from './projectFile';
import { registerWaiverCommand } from './waiver';
import { registerRecordFactCommand } from './profileFacts';
import { welcomeOnFirstStart } from './onboarding';

/** What differs between the desktop and the web extension. */
export interface ClientPlatform {
  /** A LanguageClient (id 'privacyPolicy') for a server started the platform's way. */
  newClient(options: LanguageClientOptions): BaseLanguageClient;
  /** URI schemes of `privacy-policy` documents to check; undefined: any scheme (the web's virtual file systems). */
  schemes?: string[];
}

const LANGUAGE_ID = 'privacy-policy';
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: BaseLanguageClient | undefined;
let platform: ClientPlatform;
let output: vscode.OutputChannel;
let view: DisclosuresView;
const checkedOnRequest = new Set<string>();

/** What the extension exposes to other extensions and to its own integration tests: read-only views of what the user sees. */
export interface PrivacyPolicyLinterApi {
  /** The Disclosures checklist of the active editor, as the view shows it. */
  checklist(): DisclosuresParams | undefined;
  /** The status bar item's text, e.g. "$(checklist) GDPR 18/21". */
  statusText(): string | undefined;
  /** How long this activation took (issue 7 target: 300 ms), as measured by `activate` itself. */
  activationTimes(): ActivationTimes;
}

/** Milliseconds from the start of `activate`, measured by the extension itself. */
export interface ActivationTimes {
  /** Until the server answered `initialize` (the client is running); undefined if it never did. */
  serverReadyMs?: number;
  /** Until `activate` returned (it waits for the server to start). */
  activatedMs: number;
}

let activationStart = 0;
let serverReadyMs: number | undefined;

export async function activateExtension(context: vscode.ExtensionContext, on: ClientPlatform): Promise<PrivacyPolicyLinterApi> {
  activationStart = performance.now();
  platform = on;
  output = vscode.window.createOutputChannel('Privacy Policy Linter');
  view = new DisclosuresView(context, () => client);
  context.subscriptions.push(output, view);

  context.subscriptions.push(
    vscode.commands.registerCommand('privacyPolicy.restartServer', async () => {
      await stopClient();
      await startClient(context);
      void vscode.window.showInformationMessage('Privacy Policy Linter: the server was restarted.');
    }),
    vscode.commands.registerCommand('privacyPolicy.checkDocument', () => checkActiveDocument()),
    vscode.commands.registerCommand(ENABLE_REGIME_COMMAND, (regime: string, label?: string) => enableRegime(regime, label)),
    registerWaiverCommand(),
    registerRecordFactCommand(),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts: a new include list needs a restart.
      if (e.affectsConfiguration('privacyPolicy.include')) {
        await stopClient();
        await startClient(context);
      }
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (checkedOnRequest.has(e.document.uri.toString())) scheduleOnRequestCheck(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      const uri = d.uri.toString();
      if (checkedOnRequest.delete(uri)) void client?.sendNotification(FORGET_DOCUMENT_NOTIFICATION, { uri });
    }),
  );
  registerExportReport(context, () => client);
  await startClient(context);
  const times: ActivationTimes = { serverReadyMs, activatedMs: performance.now() - activationStart };
  output.appendLine(`Activated in ${times.activatedMs.toFixed(0)} ms (server ready after ${serverReadyMs?.toFixed(0) ?? '—'} ms).`);
  void welcomeOnFirstStart(context); // after the measurement: it waits for the workbench
  return { checklist: () => view.active(), statusText: () => view.statusText(), activationTimes: () => ({ ...times }) };
}

export async function deactivateExtension(): Promise<void> {
  await stopClient();
}

function documentSelector(): DocumentSelector {
  const selector: DocumentSelector = platform.schemes
    ? platform.schemes.map((scheme) => ({ scheme, language: LANGUAGE_ID }))
    : [{ language: LANGUAGE_ID }];
  for (const pattern of readIncludeGlobs(output)) {
    for (const language of ['markdown', 'plaintext']) selector.push({ language, pattern });
  }
  return selector;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const restarts: number[] = [];
  let toldUser = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    // A diagnostic's code links to its rule's page in the installed extension (docs/rules/).
    initializationOptions: { ruleDocsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.privacy-policy.json') },
    errorHandler: {
      error: (_e: Error, _m: Message | undefined, count: number | undefined): ErrorHandlerResult =>
        ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: (): CloseHandlerResult => {
        // Restart a crashed server a bounded number of times, and tell the user once.
        const now = Date.now();
        while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        restarts.push(now);
        if (restarts.length <= MAX_RESTARTS) {
          if (!toldUser) {
            toldUser = true;
            void vscode.window.showWarningMessage('Privacy Policy Linter: the checking server stopped unexpectedly and was restarted. Details are in the "Privacy Policy Linter" output.');
          }
          return { action: CloseAction.Restart, handled: true };
        }
        return {
          action: CloseAction.DoNotRestart,
          message: `Privacy Policy Linter: the checking server crashed ${restarts.length} times in 3 minutes and was not restarted. Use "Privacy Policy: Restart Server" after checking the output.`,
        };
      },
    },
  };
  client = platform.newClient(clientOptions);
  // Only the web worker server asks (it has no file system); registered before start, as it may ask at once.
  context.subscriptions.push(client.onRequest(READ_PROJECT_FILE_REQUEST, readProjectFile));
  client.onDidChangeState((e) => {
    if (e.newState !== State.Running) return;
    output.appendLine('Server running.');
    // The first start is part of the activation; later ones are restarts.
    serverReadyMs ??= performance.now() - activationStart;
  });
  try {
    await client.start();
  } catch (e) {
    output.appendLine(`The server could not start: ${(e as Error).message}`);
    void vscode.window.showErrorMessage(`Privacy Policy Linter: the checking server could not start (${(e as Error).message}).`);
    return;
  }
  context.subscriptions.push(client.onNotification(DISCLOSURES_NOTIFICATION, (p: DisclosuresParams) => view.update(p)));
  for (const uri of checkedOnRequest) {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (doc) void sendCheck(doc);
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c && c.state !== State.Stopped) {
    try {
      await c.stop(2000);
    } catch (e) {
      output.appendLine(`Stopping the server: ${(e as Error).message}`);
    }
  }
}

async function checkActiveDocument(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Privacy Policy Linter: open the draft you want to check first.');
    return;
  }
  // After repeated crashes the client stays stopped (State.Stopped): say so instead of failing.
  if (!client || client.state !== State.Running) {
    void vscode.window.showErrorMessage('Privacy Policy Linter: the checking server is not running; use "Privacy Policy: Restart Server".');
    return;
  }
  checkedOnRequest.add(editor.document.uri.toString());
  await sendCheck(editor.document);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

const pending = new Map<string, ReturnType<typeof setTimeout>>();
function scheduleOnRequestCheck(doc: vscode.TextDocument): void {
  const uri = doc.uri.toString();
  const t = pending.get(uri);
  if (t) clearTimeout(t);
  pending.set(uri, setTimeout(() => {
    pending.delete(uri);
    void sendCheck(doc);
  }, 300));
}

async function sendCheck(doc: vscode.TextDocument): Promise<void> {
  if (!client || client.state !== State.Running) return; // re-sent when the client starts again
  await client.sendRequest(CHECK_DOCUMENT_REQUEST, {
    uri: doc.uri.toString(),
    languageId: doc.languageId,
    version: doc.version,
    text: doc.getText(),
  });
}

/** `label` is the law's name as the server's pack gives it ("UK GDPR"). */
async function enableRegime(regime: string, label?: string): Promise<void> {
  if (typeof regime !== 'string') return;
  const config = vscode.workspace.getConfiguration('privacyPolicy');
  const current = config.get<unknown>('regimes');
  const list = Array.isArray(current) ? current.filter((r): r is string => typeof r === 'string') : ['gdpr'];
  if (list.includes(regime)) return;
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('regimes', [...list, regime], target);
  void vscode.window.showInformationMessage(`Privacy Policy Linter: now also checking ${typeof label === 'string' ? label : regime} (setting privacyPolicy.regimes).`);
}
