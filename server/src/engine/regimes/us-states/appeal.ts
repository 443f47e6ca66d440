// The appeal process: Va. Code § 59.1-578(C)(3) (the notice says how to appeal), § 59.1-577(C)
// (the process, and the Attorney General contact when an appeal is denied); Tex. Bus. & Com. Code
// § 541.102(a)(3), § 541.053; ORS 646A.576; Minn. Stat. § 325M.16, subd. 1(a)(3).
import { cuedTextUnits, cueList } from '../../rules/framework/match';
import { usItem, RIGHTS_HEADINGS } from './define';

const AG_CUES = cueList(['attorney general']);

export default usItem({
  audienceSpecific: true,
  name: 'appeal',
  title: 'Appeal process',
  refs: [['VA', '59.1-578(C)(3)'], ['VA', '59.1-577(C)'], ['TX', '541.102(a)(3)'], ['TX', '541.053'], ['OR', '646A.576'], ['MN', '325M.16, subd. 1(a)(3)']],
  explanation: 'The notice must say how a consumer may appeal the controller\'s refusal to act on a request; when an appeal is denied, Virginia, Texas and most states require the controller to tell the consumer how to contact the Attorney General to complain.',
  remedy: 'Say how a consumer appeals a refused request (e.g. reply to our decision or write to an address), how soon you decide, and that if the appeal is denied they may contact their state Attorney General.',
  anchorHeadings: [/\bappeal/, ...RIGHTS_HEADINGS],
  patterns: {
    cues: ['appeal'],
    any: [
      /\bappeal\w*\b[^.]{0,120}\b(decision|denial|deny|denied|refus\w*|request|response|our|we)\b/,
      /\b(right|process|how|may|can|able) (to )?appeal\b/,
    ],
    unless: [/\bappeals? (court|board|tribunal)\b|\bcourt of appeals?\b/],
    headings: [/\bappeal/],
    listIntro: [/\bright/, /\brequest/],
    inList: [/\bappeal\w*/],
  },
  // The Attorney General contact belongs to the appeal (the states require it with a denial).
  assess: (ctx, evidence) => {
    if (cuedTextUnits(ctx, AG_CUES).length > 0) return undefined;
    const at = evidence[0];
    return {
      start: at.start,
      end: at.end,
      severity: 'information',
      message: 'Appeal without the Attorney General: say a consumer whose appeal is denied may contact their state’s AG, and how.',
    };
  },
});
