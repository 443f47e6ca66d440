// § 22575(b)(3): the process by which consumers are notified of material changes to the policy.
import { caloppaItem } from './define';

const POLICY = String.raw`\b(this|our|the|these|any) (privacy |cookie )?(policy|policies|notice|statement)\b`;

export default caloppaItem({
  name: 'change-notification',
  paragraph: '(b)(3)',
  title: 'How changes to the policy are notified',
  explanation: 'CalOPPA requires the policy to describe how the operator notifies consumers of material changes to it.',
  remedy: 'Describe how you tell users about material changes (e.g. "we will post the new policy here and notify registered users by e-mail before it takes effect").',
  anchorHeadings: [/\bchanges?\b/, /\bupdates?\b/, /\bamendments?\b/],
  patterns: {
    cues: ['chang', 'updat', 'modif', 'amend', 'revis', 'post', 'publish'],
    // A change to the policy itself, and how readers learn of it.
    any: [
      new RegExp(`\\b(notify|inform|tell|alert|let you know|notice|notification|post|posting|publish)\\w*\\b[^.]{0,80}\\b(changes?|updates?|modifications?|amendments?|revisions?)\\b[^.]{0,40}${POLICY}`),
      new RegExp(`\\b(changes?|updates?|modifications?|amendments?|revisions?)\\b[^.]{0,20}\\b(to|of|in) ${POLICY}[^.]{0,120}\\b(notify|inform|e-?mail|notice|post(ed|ing)?|publish|announce|banner|prominent|let you know)\\w*`),
      new RegExp(`\\b(post|publish)\\w*\\b[^.]{0,40}\\b(revised|updated|new|amended|changed) (version of )?${POLICY}`),
      new RegExp(`\\b(if|when|whenever|should) we (make |materially )?(change|modify|amend|update|revise)\\w*\\b[^.]{0,60}${POLICY}[^.]{0,120}\\b(notify|inform|e-?mail|notice|post|publish|announce|banner|let you know|update the)\\w*`),
      // "We will post any changes on this page and update the date at the top": the page is the policy.
      /\b(post|publish)\w*\b[^.]{0,30}\b(changes?|updates?|revisions?|amendments?)\b[^.]{0,30}\b(on|to) this (page|notice|document)\b/,
    ],
    sectionHeadings: [/\b(changes?|updates?|amendments?|modifications?)\b.{0,30}\b(policy|notice|statement)\b/, /^\W{0,5}(\d+\.?\s+)?(changes|updates|amendments)\W{0,3}$/],
    inSection: [/\b(notify|inform|e-?mail|notice|post(ed|ing)?|publish|announce|banner|prominent|let you know)\w*/],
    // "We retain the right to change this policy" alone does not say how readers learn of a change.
    unless: [/^(?![^.]{0,200}\b(notify|inform|post|publish|e-?mail|notice|banner|date|let you know)\b)[^.]{0,60}\b(reserve|retain)s? the right to (change|modify|amend|update)\b/],
    headings: [/\b(changes|updates|amendments) (to|of) (this|our|the)\b/],
  },
});
