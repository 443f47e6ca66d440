// The desktop entry point (package.json `main`, dist/extension.js): the language server runs
// in a Node child process (dist/server.js) over IPC. Everything else is in activation.ts,
// shared with the web entry point (browserExtension.ts).

import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { activateExtension, deactivateExtension, PrivacyPolicyLinterApi } from './activation';

export type { ActivationTimes, PrivacyPolicyLinterApi } from './activation';

export function activate(context: vscode.ExtensionContext): Promise<PrivacyPolicyLinterApi> {
  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  return activateExtension(context, {
    newClient: (options) => new LanguageClient('privacyPolicy', 'Privacy Policy Linter', serverOptions, options),
    schemes: ['file', 'untitled'],
  });
}

export const deactivate = deactivateExtension;
