// The right to opt out of profiling in furtherance of decisions with legal or similarly significant
// effects: Va. Code § 59.1-577(A)(5)(iii), Tex. Bus. & Com. Code § 541.051(b)(5)(C), Minn. Stat.
// § 325M.14, subd. 1(f), ORS 646A.574(1)(d)(C). (Utah and Iowa do not give it; most states do.)
import { usItem, RIGHTS_HEADINGS } from './define';

export default usItem({
  audienceSpecific: true,
  name: 'right-opt-out-profiling',
  title: 'Right to opt out of profiling',
  refs: [['VA', '59.1-577(A)(5)'], ['TX', '541.051(b)(5)'], ['MN', '325M.14, subd. 1(f)'], ['OR', '646A.574(1)(d)(C)']],
  explanation: 'Consumers may opt out of profiling used for decisions that produce legal or similarly significant effects on them (credit, housing, insurance, employment, education, health care…).',
  remedy: 'Say that consumers may opt out of profiling in furtherance of decisions with legal or similarly significant effects, or state that you do not profile consumers for such decisions.',
  anchorHeadings: [/\bprofiling\b/, ...RIGHTS_HEADINGS],
  patterns: {
    cues: ['profil'],
    // "We do not use personal data for profiling that produces legal or similarly significant effects."
    strong: [/\b(we|company) (do|does|will) not\b[^.]{0,40}\bprofiling\b[^.]{0,100}\b(legal|significant)\b/],
    any: [
      /\bopt[- ]?out\b[^.]{0,120}\bprofiling/,
      /\bprofiling\b[^.]{0,120}\bopt[- ]?out\b/,
      /\bright\b[^.]{0,60}\bprofiling\b[^.]{0,80}\b(legal|significant)\b/,
    ],
    headings: [/\bprofiling\b.{0,40}\bopt[- ]?out\b|\bopt[- ]?out\b.{0,40}\bprofiling\b/],
    listIntro: [/\bright/, /\bopt[- ]?out\b/],
    inList: [/\bprofiling/],
  },
});
