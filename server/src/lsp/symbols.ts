// Outline (document symbols) and folding by section, from the engine's outline.
import { DocumentSymbol, FoldingRange, SymbolKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, foldingRanges, outline, OutlineNode } from '../engine';
import { toRange } from './convert';

export function documentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const convert = (n: OutlineNode): DocumentSymbol => ({
    name: n.name,
    kind: n.level <= 1 ? SymbolKind.File : SymbolKind.String,
    range: toRange(doc, n.start, n.end),
    selectionRange: toRange(doc, n.selectionStart, n.selectionEnd),
    children: n.children.map(convert),
  });
  return outline(analysis.doc).map(convert);
}

export function folding(analysis: Analysis): FoldingRange[] {
  return foldingRanges(analysis.doc).map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: 'region' }));
}
