// Rules whose findings the engine produces itself (suppression comments, front matter).
import suppressionReason from './suppressionReason';
import suppressionUnknownRule from './suppressionUnknownRule';
import frontMatter from './frontMatter';
import type { EngineRule } from '../framework/ruleTypes';

export const ENGINE_RULES: EngineRule[] = [suppressionReason, suppressionUnknownRule, frontMatter];
