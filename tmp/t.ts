import { analyze } from '../server/src/engine';
import * as fs from 'fs';
for (const f of fs.readdirSync('test/fixtures/seeds')) {
  const text = fs.readFileSync('test/fixtures/seeds/' + f, 'utf8');
  const t0 = performance.now();
  const a = analyze({ text });
  const t1 = performance.now();
  console.log(f, (t1 - t0).toFixed(1) + 'ms', 'headings', a.doc.headings.length, 'sent', a.doc.sentences.length);
  console.log('  missing:', a.report.disclosures.filter(d => !d.found).map(d => d.id.slice(5) + (d.required==='conditional'?'?':'')).join(' '));
  if (f.startsWith('003')) console.log(a.doc.headings.map(h=>h.text).join(' | '));
}
