// us-states/maryland-sensitive-sale: Maryland forbids selling sensitive data. Our own drafting.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../../index';

const ID = 'us-states/maryland-sensitive-sale';
const SELLS = '# Privacy Notice\n\nWe sell precise geolocation data to marketing partners.\n';

function findings(text: string, settings: Record<string, unknown>) {
  return analyze({ text, config: { settings } }).report.findings.filter((f) => f.code === ID);
}

test(`${ID}: an error where the profile names Maryland and the text sells sensitive data`, () => {
  const f = findings(SELLS, { regimes: ['us-states'], states: ['MD', 'VA'] });
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
});

test(`${ID}: nothing without Maryland, without a sale of sensitive data, or with the pack off`, () => {
  assert.equal(findings(SELLS, { regimes: ['us-states'], states: ['VA'] }).length, 0);
  assert.equal(findings(SELLS, { regimes: ['us-states'] }).length, 0);
  assert.equal(findings('# Privacy Notice\n\nWe do not sell precise geolocation data.\n', { regimes: ['us-states'], states: ['MD'] }).length, 0);
  assert.equal(findings(SELLS, { regimes: ['ccpa'], states: ['MD'] }).length, 0);
});
