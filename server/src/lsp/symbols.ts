// Outline (document symbols) and folding by section, from the engine's outline.
import { DocumentSymbol, FoldingRange, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges, outline, OutlineNode, PolicyDocument } from '../engine';
import { toRange } from './convert';

export function documentSymbols(doc: TextDocument, model: PolicyDocument): DocumentSymbol[] {
  const convert = (n: OutlineNode): DocumentSymbol => ({
    name: n.name,
    kind: n.level <= 1 ? SymbolKind.File : SymbolKind.String,
    range: toRange(doc, n.start, n.end),
    selectionRange: toRange(doc, n.selectionStart, n.selectionEnd),
    children: n.children.map(convert),
  });
  return outline(model).map(convert);
}

export function folding(model: PolicyDocument): FoldingRange[] {
  return foldingRanges(model).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: 'region' }));
}
