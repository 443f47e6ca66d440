// Rules whose findings the engine produces itself (suppression comments).
import suppressionReason from './suppressionReason';
import suppressionUnknownRule from './suppressionUnknownRule';
import type { EngineRule } from '../framework/ruleTypes';

export const ENGINE_RULES: EngineRule[] = [suppressionReason, suppressionUnknownRule];
