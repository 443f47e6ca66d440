// The web entry point (package.json `browser`, dist/web/extension.js) for vscode.dev,
// github.dev and other browser-hosted VS Code: runs in the web extension host and starts the
// language server (dist/web/server.js) in a web worker. Everything else is in activation.ts,
// shared with the desktop entry point (extension.ts).

import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/browser';
import { activateExtension, deactivateExtension, PrivacyPolicyLinterApi } from './activation';

export type { ActivationTimes, PrivacyPolicyLinterApi } from './activation';

// The web extension host's Worker (the project compiles against Node's types, not the DOM's).
interface ServerWorker {
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

export function activate(context: vscode.ExtensionContext): Promise<PrivacyPolicyLinterApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateExtension(context, {
    newClient: (options) => {
      const worker = new Worker(serverMain.toString(true), { name: 'Privacy Policy Linter server' });
      const client = new LanguageClient('privacyPolicy', 'Privacy Policy Linter', options, worker);
      // The browser client leaves its worker running when it stops; a restart makes a new client and worker.
      client.onDidChangeState((e) => {
        if (e.newState === State.Stopped) worker.terminate();
      });
      return client;
    },
    // Workspace files on the web have virtual schemes (vscode-vfs on github.dev, …).
    schemes: undefined,
  });
}

export const deactivate = deactivateExtension;
