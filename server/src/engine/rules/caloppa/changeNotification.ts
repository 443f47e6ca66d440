// § 22575(b)(3): the process by which consumers are notified of material changes to the policy.
import { caloppaItem } from '../framework/defineCaloppa';

export default caloppaItem({
  name: 'change-notification',
  paragraph: '(b)(3)',
  title: 'How changes to the policy are notified',
  explanation: 'CalOPPA requires the policy to describe how the operator notifies consumers of material changes to it.',
  remedy: 'Describe how you tell users about material changes (e.g. "we will post the new policy here and notify registered users by e-mail before it takes effect").',
  anchorHeadings: [/\bchanges?\b/, /\bupdates?\b/, /\bamendments?\b/],
  patterns: {
    any: [
      /\b(notify|inform|tell|alert|let you know|notice|notification)\b[^.]{0,80}\b(changes?|updates?|modifications?|amendments?|revisions?|revised|updated)\b/,
      /\b(changes?|updates?|modifications?|amendments?|revisions?)\b[^.]{0,120}\b(notify|inform|e-?mail|notice|post(ed|ing)?|publish|announce|banner|prominent)\w*/,
      /\b(post|publish)\w*\b[^.]{0,40}\b(revised|updated|new|amended) (version|policy|notice|privacy)\b/,
    ],
    // "We retain the right to change this policy" alone does not say how readers learn of a change.
    unless: [/^(?![^.]{0,200}\b(notify|inform|post|publish|e-?mail|notice|banner|date|let you know)\b)[^.]{0,60}\b(reserve|retain)s? the right to (change|modify|amend|update)\b/],
    headings: [/\b(changes|updates|amendments) (to|of) (this|our|the)\b/],
  },
});
