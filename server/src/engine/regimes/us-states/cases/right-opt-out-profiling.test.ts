// us-states/right-opt-out-profiling: opting out of profiling with legal or similarly significant effects. Our own drafting.
import { draft, foundCases } from '../../caseHelpers';

foundCases('us-states/right-opt-out-profiling', [
  [draft('You may opt out of profiling in furtherance of decisions that produce legal or similarly significant effects.'), true, 'the right'],
  [draft('We do not use your personal data for profiling that produces legal or similarly significant effects.'), true, 'no such profiling'],
  [draft('You may opt out of the sale of your personal data.'), false, 'sale only'],
  [draft('Your profile page shows your orders.'), false, 'a profile page'],
  [draft('If you would rather we not sell your business profile, you may opt out here.'), false, 'a business profile'],
  [draft('People we have profiled in our directory may opt out of being listed.'), false, 'a directory listing'],
]);
