// Minnesota: a consumer profiled for a decision with legal or similarly significant effects may
// question the result, learn the reason and what could change it, review the data used, and have
// the decision reevaluated on corrected data: Minn. Stat. § 325M.14, subd. 1(g).
import { usItem, stateRequirement, RIGHTS_HEADINGS } from './define';

export default usItem({
  audienceSpecific: true,
  name: 'right-question-profiling',
  title: 'Right to question the result of profiling (Minnesota)',
  refs: [['MN', '325M.14, subd. 1(g)']],
  explanation: 'A Minnesota consumer whose data were profiled for a decision with legal or similarly significant effects may question the result, be told the reason and what could have led to another decision, review the data used, and have the decision reevaluated if the data were inaccurate.',
  remedy: 'Say that Minnesota consumers may question the result of profiling used for a significant decision, learn why and what they could do differently, review the data used and have it corrected and the decision reevaluated.',
  anchorHeadings: [/\bminnesota\b/, /\bprofiling\b/, ...RIGHTS_HEADINGS],
  patterns: {
    cues: ['question', 'challeng', 'contest', 'profil'],
    // "We do not profile consumers for decisions with legal or similarly significant effects."
    strong: [/\b(we|company) (do|does|will) not\b[^.]{0,40}\bprofil(ing|ed)\b[^.]{0,100}\b(legal|significant)\b/],
    any: [
      /\b(question|challenge|contest)\w*\b[^.]{0,60}\b(result|outcome|decision)s?\b[^.]{0,80}\bprofil(ing|ed)/,
      /\bprofil(ing|ed)\b[^.]{0,120}\b(question|challenge|contest)\w*\b[^.]{0,40}\b(result|outcome|decision)s?\b/,
    ],
  },
  requirement: (ctx) => stateRequirement(ctx, ['MN'], 'Minnesota'),
});
