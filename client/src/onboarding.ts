// The first start: open a draft to try the checker on and the walkthrough beside it, once per
// installation (remembered in globalState). VS Code's own switch for opening walkthroughs on
// install (`workbench.welcomePage.walkthroughs.openOnInstall`) turns this off too, as it does for
// every other extension (the test suites set it). Also the context keys that tick walkthrough steps.

import * as vscode from 'vscode';

const WELCOMED_KEY = 'privacyPolicy.welcomed';
export const WALKTHROUGH_ID = 'privacyPolicy.gettingStarted';
/** Where to look for a draft in the workspace, most specific first. */
const WORKSPACE_DRAFTS = ['**/*.policy.md', '**/*.policy.txt', '**/*{privacy,Privacy,PRIVACY}*.md'];
/** Build and tool folders, and the disclosure reports saved beside drafts (`<draft>.report.md`). */
// No nested braces: the workbench's file search (ripgrep) refuses nested alternate groups.
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/.vscode-test/**,**/out/**,**/dist/**,**/*.report.md}';

/** Call once the language client runs, so the draft opened here is checked at once. */
export async function welcomeOnFirstStart(context: vscode.ExtensionContext, log: (line: string) => void = () => undefined): Promise<void> {
  if (context.globalState.get<boolean>(WELCOMED_KEY)) return;
  // Our own switch as well as VS Code's: an extension host may not see a workbench-only setting
  // (code-server's does not), but it always sees the settings the extension contributes.
  if (vscode.workspace.getConfiguration('privacyPolicy').get<boolean>('openWalkthroughOnFirstStart') === false) {
    log('First start: the walkthrough is not opened (privacyPolicy.openWalkthroughOnFirstStart is off).');
    return;
  }
  if (vscode.workspace.getConfiguration('workbench').get<boolean>('welcomePage.walkthroughs.openOnInstall') === false) {
    log('First start: the walkthrough is not opened (workbench.welcomePage.walkthroughs.openOnInstall is off).');
    return;
  }
  await context.globalState.update(WELCOMED_KEY, true);
  try {
    // A draft the user opened (it activated us) is the one to work on; otherwise one of theirs, or ours.
    const doc = vscode.window.activeTextEditor?.document ?? (await workspaceDraft()) ?? (await bundledExample(context));
    if (doc) await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, true);
    // The walkthrough opens beside the draft and takes the focus: give it back to the draft, so
    // its status bar counts show and typing goes into it.
    if (doc) await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    log(`First start: opened ${doc ? vscode.workspace.asRelativePath(doc.uri) : 'no draft'} and the walkthrough.`);
  } catch (e) {
    // Onboarding is a courtesy: a workbench without walkthroughs (an older or embedded host) loses nothing.
    log(`First start: the walkthrough could not be opened (${e instanceof Error ? e.message : String(e)}).`);
  }
}

async function workspaceDraft(): Promise<vscode.TextDocument | undefined> {
  if (!vscode.workspace.workspaceFolders) return undefined;
  for (const glob of WORKSPACE_DRAFTS) {
    const [uri] = await vscode.workspace.findFiles(glob, EXCLUDE, 1);
    if (uri) return vscode.workspace.openTextDocument(uri);
  }
  return undefined;
}

/** The example shipped with the extension, as an unsaved copy: editing it never changes the installed file. */
async function bundledExample(context: vscode.ExtensionContext): Promise<vscode.TextDocument | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', 'privacy-policy.md'));
    return await vscode.workspace.openTextDocument({ language: 'privacy-policy', content: new TextDecoder().decode(bytes) });
  } catch {
    return undefined;
  }
}

/**
 * Context keys the walkthrough's steps complete on (`onContext:` in package.json): a checked
 * draft is active; its processing profile declares a fact.
 */
export function setWalkthroughContext(draftChecked: boolean, profileDeclared: boolean): void {
  // Set once each: a step stays done, and this runs after every check.
  if (draftChecked && !contextSet.has('draftChecked')) {
    contextSet.add('draftChecked');
    void vscode.commands.executeCommand('setContext', 'privacyPolicy.draftChecked', true);
  }
  if (profileDeclared && !contextSet.has('profileDeclared')) {
    contextSet.add('profileDeclared');
    void vscode.commands.executeCommand('setContext', 'privacyPolicy.profileDeclared', true);
  }
}
const contextSet = new Set<string>();
