// The "Disclosures" checklist: per regime, each catalog item as disclosed / insufficient /
// missing / undecided / not applicable / waived, for the active editor. Clicking an item reveals its evidence or the
// place where it is reported missing. A status bar item shows the count and opens the view.

import * as vscode from 'vscode';
import type { ChecklistItem, ChecklistStatus, DisclosuresParams } from '../../server/src/protocol';
// Pure counting shared with the report and the CLI, so the three surfaces show the same figures.
import { countChecklist, summaryText } from '../../server/src/engine/report/summary';

// Colours follow the diagnostics' severities: a missing item is a warning, an undecided one information.
const ICONS: Record<ChecklistStatus, [string, string]> = {
  disclosed: ['pass', 'testing.iconPassed'],
  insufficient: ['warning', 'list.warningForeground'],
  missing: ['circle-large-outline', 'list.warningForeground'],
  undecided: ['question', 'list.warningForeground'],
  'not applicable': ['circle-slash', 'disabledForeground'],
  waived: ['bookmark', 'disabledForeground'],
};
const LABELS: Record<ChecklistStatus, string> = {
  disclosed: 'disclosed',
  insufficient: 'insufficient',
  missing: 'missing',
  undecided: 'undecided: declare whether it applies',
  'not applicable': 'not applicable',
  waived: 'waived',
};

type Node = { kind: 'regime'; uri: string; label: string; items: ChecklistItem[] } | { kind: 'item'; uri: string; item: ChecklistItem };

export class DisclosuresView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly byUri = new Map<string, DisclosuresParams>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly status: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(context: vscode.ExtensionContext) {
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
    );
    context.subscriptions.push(...this.disposables);
  }

  update(p: DisclosuresParams): void {
    this.byUri.set(p.uri, p);
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
    if (node.kind === 'regime') return node.items.map((item) => ({ kind: 'item', uri: node.uri, item }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'regime') {
      const t = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      t.description = summaryText('', countChecklist(node.items.map((i) => i.status))).trim();
      return t;
    }
    const { item } = node;
    const t = new vscode.TreeItem(item.title, vscode.TreeItemCollapsibleState.None);
    const [icon, color] = ICONS[item.status];
    t.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    t.description = `${LABELS[item.status]} · ${item.refs}`;
    const tip = new vscode.MarkdownString(`**${item.title}** (${item.refs}) — ${LABELS[item.status]}`);
    if (item.note) tip.appendMarkdown(`\n\n${escapeMd(item.note)}`);
    for (const e of item.evidence.slice(0, 3)) tip.appendMarkdown(`\n\n> line ${e.line + 1}: ${escapeMd(e.text.slice(0, 200))}`);
    t.tooltip = tip;
    t.id = `${node.uri}#${item.id}`;
    t.contextValue = `disclosure.${item.status}`;
    t.command = { command: 'privacyPolicy.revealDisclosure', title: 'Reveal', arguments: [node.uri, item] };
    return t;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function reveal(uri: string, item: ChecklistItem): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const e = item.evidence[0];
  const range = e
    ? new vscode.Range(e.line, e.character, e.endLine, e.endCharacter)
    : new vscode.Range(item.anchor.line, item.anchor.character, item.anchor.line, item.anchor.character);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
