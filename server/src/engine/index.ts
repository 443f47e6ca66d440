// The engine's public surface. Pure TypeScript: no `vscode`, no LSP (a unit test enforces it).
export * from './types';
export * from './cancellation';
export { analyze, checkText, anchorFor } from './check';
export type { Analysis, AnalyzeInput } from './check';
export { resolveOptions, parseProjectFile, DEFAULT_REGIMES } from './config';
export type { ConfigSources } from './config';
export { buildDocumentModel, detectFormat } from './model/document';
export type { PolicyDocument, Heading, Section, Sentence, Paragraph, DocumentFormat } from './model/document';
export { ALL_RULES, getRule, catalogFor, checkRules, isKnownRuleId } from './registry';
export type { Rule, DisclosureRule, CheckRule, LegalRef } from './rules/framework/ruleTypes';
export { formatRefs } from './rules/framework/legal';
export { LineIndex } from './text/lineIndex';
