// The detection tests' helpers are the packs' case helpers.
export { disclosure, isFound, draft, foundCases } from '../../server/src/engine/regimes/caseHelpers';
