// Reading the client-side settings defensively: a malformed value is reported once in the
// output channel and the default is used.
import * as vscode from 'vscode';

export const DEFAULT_INCLUDE = ['**/*[pP][rR][iI][vV][aA][cC][yY]*', '**/*[pP][oO][lL][iI][cC][yY]*'];

export function readIncludeGlobs(output: vscode.OutputChannel): string[] {
  const value = vscode.workspace.getConfiguration('privacyPolicy').get<unknown>('include');
  if (value === undefined) return DEFAULT_INCLUDE;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    output.appendLine('Setting privacyPolicy.include must be a list of glob patterns; using the default.');
    void vscode.window.showWarningMessage('Privacy Policy Linter: the setting "privacyPolicy.include" must be a list of glob patterns; the default is used.');
    return DEFAULT_INCLUDE;
  }
  return value;
}
