// The "Disclosures" checklist: per regime, each catalog item as disclosed / insufficient /
// missing / undecided / not applicable / waived, for the active editor. Clicking an item reveals its evidence or the
// place where it is reported missing. A status bar item shows the count and opens the view.
// Each row has inline actions (disclosuresActions.ts): go to the evidence, insert the clause,
// answer the question that decides it, waive it; the title bar toggles "show only open items".

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ChecklistItem, DisclosuresParams } from '../../server/src/protocol';
// Pure counting shared with the report and the CLI, so the three surfaces show the same figures.
import { countChecklist, summaryText } from '../../server/src/engine/report/summary';
import { registerRowActions, reveal } from './disclosuresActions';
import { LABELS, OPEN, OPEN_ONLY_KEY, rowContext, rowIcon } from './disclosuresRows';
import { setWalkthroughContext } from './onboarding';

type Node = { kind: 'regime'; uri: string; label: string; items: ChecklistItem[] } | { kind: 'item'; uri: string; item: ChecklistItem };

export class DisclosuresView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly byUri = new Map<string, DisclosuresParams>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly status: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private openOnly: boolean;

  constructor(
    private readonly context: vscode.ExtensionContext,
    client: () => BaseLanguageClient | undefined,
  ) {
    this.openOnly = context.workspaceState.get<boolean>(OPEN_ONLY_KEY, false);
    void vscode.commands.executeCommand('setContext', OPEN_ONLY_KEY, this.openOnly);
    this.status = vscode.window.createStatusBarItem('privacyPolicy.status', vscode.StatusBarAlignment.Left, 50);
    this.status.name = 'Privacy Policy Disclosures';
    this.status.command = 'privacyPolicy.showDisclosures';
    const tree = vscode.window.createTreeView('privacyPolicy.disclosures', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.status,
      tree,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.byUri.delete(d.uri.toString());
        this.refresh();
      }),
      vscode.commands.registerCommand('privacyPolicy.showDisclosures', () => vscode.commands.executeCommand('privacyPolicy.disclosures.focus')),
      vscode.commands.registerCommand('privacyPolicy.revealDisclosure', (uri: string, item: ChecklistItem) => reveal(uri, item)),
      vscode.commands.registerCommand('privacyPolicy.disclosures.showOpenOnly', () => this.setOpenOnly(true)),
      vscode.commands.registerCommand('privacyPolicy.disclosures.showAll', () => this.setOpenOnly(false)),
      ...registerRowActions(client),
    );
    context.subscriptions.push(...this.disposables);
  }

  /** The title bar's filter: only missing, insufficient and undecided items. */
  async setOpenOnly(on: boolean): Promise<void> {
    this.openOnly = on;
    await this.context.workspaceState.update(OPEN_ONLY_KEY, on);
    await vscode.commands.executeCommand('setContext', OPEN_ONLY_KEY, on);
    this.changed.fire();
  }

  update(p: DisclosuresParams): void {
    this.byUri.set(p.uri, p);
    // A draft was checked (the walkthrough's first step), whichever editor has the focus.
    setWalkthroughContext(true, !!p.profileDeclared);
    this.refresh();
  }

  /** What the view shows now (for tests and the status bar). */
  active(): DisclosuresParams | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    return uri ? this.byUri.get(uri) : undefined;
  }

  statusText(): string | undefined {
    return this.active() ? this.status.text : undefined;
  }

  private refresh(): void {
    const p = this.active();
    if (!p) {
      this.status.hide();
    } else {
      this.status.text = `$(checklist) ${p.regimes.map((r) => summaryText(r.label, countChecklist(r.items.map((i) => i.status)))).join(' · ')}`;
      this.status.tooltip = 'Disclosures: ✓ disclosed, not applicable or waived; ! insufficient; ✗ missing; ? undecided. Click to open the checklist.';
      this.status.show();
    }
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const p = this.active();
    if (!p) return [];
    if (!node) return p.regimes.map((r) => ({ kind: 'regime', uri: p.uri, label: r.label, items: r.items }));
    if (node.kind === 'regime') return node.items.filter((item) => !this.openOnly || OPEN.has(item.status)).map((item) => ({ kind: 'item', uri: node.uri, item }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'regime') {
      const t = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      const c = countChecklist(node.items.map((i) => i.status));
      const open = node.items.filter((i) => OPEN.has(i.status)).length;
      // The status bar's figures, and with the filter on how many rows it leaves.
      t.description = `${summaryText('', c).trim()}${this.openOnly ? ` · ${open} open shown` : ''}`;
      t.tooltip = `${node.label}: ${node.items.length} items. ✓ disclosed, not applicable or waived; ! insufficient; ✗ missing; ? undecided.`;
      t.id = `${node.uri}#${node.label}`;
      t.contextValue = 'disclosureRegime';
      return t;
    }
    const { item } = node;
    const t = new vscode.TreeItem(item.title, vscode.TreeItemCollapsibleState.None);
    const [icon, color] = rowIcon(item);
    t.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    t.description = `${LABELS[item.status]} · ${item.refs}`;
    const tip = new vscode.MarkdownString(`**${item.title}** (${item.refs}) — ${LABELS[item.status]}`);
    if (item.note) tip.appendMarkdown(`\n\n${escapeMd(item.note)}`);
    for (const e of item.evidence.slice(0, 3)) tip.appendMarkdown(`\n\n> line ${e.line + 1}: ${escapeMd(e.text.slice(0, 200))}`);
    t.tooltip = tip;
    t.id = `${node.uri}#${item.id}`;
    t.contextValue = rowContext(item);
    t.command = { command: 'privacyPolicy.revealDisclosure', title: 'Reveal', arguments: [node.uri, item] };
    return t;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
