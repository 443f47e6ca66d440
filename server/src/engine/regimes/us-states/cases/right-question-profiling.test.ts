// us-states/right-question-profiling: Minnesota's right to question the result of profiling. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/right-question-profiling', [
  [draft('Minnesota residents may question the result of profiling used for a decision about them.'), true, 'the right'],
  [draft('If our profiling led to a decision about your loan, you may challenge the outcome.'), true, 'challenge after profiling'],
  [draft('You may opt out of profiling.'), false, 'the opt-out only'],
  [draft('Questions about your profile can be sent to support.'), false, 'questions about a profile page'],
]);
