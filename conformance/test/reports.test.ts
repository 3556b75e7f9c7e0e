import { generateKeyPair } from '@weldcode/crypto';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  type CaseResult,
  type ConformanceReport,
  signReport,
  suiteHash,
  toHtmlReport,
  toJUnitXml,
  verifySignedReport,
} from '../src/index';
import { demoVectorsRoot } from './support/demo-vectors';

const REQ = 'WC-CONF-011';
const results: CaseResult[] = [
  {
    id: 'demo-pass',
    area: 'demo',
    description: 'passes',
    requirements: [REQ],
    verdict: 'pass',
    durationMs: 1.5,
  },
  {
    id: 'demo-fail',
    area: 'demo',
    description: 'fails',
    requirements: [REQ, 'WC-CONF-007'],
    verdict: 'fail',
    reason: 'outcome differs from the vector',
    expected: { error: 'ERR_FRAME_CRC' },
    actual: { error: '<script>alert(1)</script>' },
    durationMs: 2,
  },
  {
    id: 'other-error',
    area: 'other',
    description: 'errs',
    requirements: [REQ],
    verdict: 'error',
    reason: 'ERR_TESTEE_TIMEOUT: slow',
    durationMs: 3,
  },
  {
    id: 'other-skip',
    area: 'other',
    description: 'skips',
    requirements: [REQ],
    verdict: 'skip',
    reason: 'capability not declared',
    durationMs: 0,
  },
];

function report(overrides: Partial<ConformanceReport> = {}): ConformanceReport {
  const run = {
    hello: {
      type: 'hello' as const,
      protocol: 1,
      implementation: 'acme-chip',
      version: '2.1',
      areas: ['demo', 'other'],
    },
    areas: ['demo', 'other'],
    results,
    stderr: 'log',
    startedAt: '2026-11-28T08:00:00.000Z',
    finishedAt: '2026-11-28T08:00:01.000Z',
  };
  return {
    ...buildReport(run, {
      tool: { name: 'weldcode', version: '0.1.0' },
      profile: 'vectors',
      suiteHash: 'ab'.repeat(32),
    }),
    ...overrides,
  };
}

describe('reports', () => {
  it('WC-CONF-010 WC-CONF-011: records counts, the verdict of the run and its context', () => {
    const built = report();
    expect(built.counts).toEqual({ pass: 1, fail: 1, error: 1, skip: 1, xfail: 0, xpass: 0 });
    expect(built.passed).toBe(false);
    expect(built.testee?.implementation).toBe('acme-chip');
    expect(built.expectedFailuresHash).toBeNull();
  });

  it('WC-CONF-012: the suite hash depends on paths and contents only', () => {
    const files = { 'demo/a.json': { description: 'demo vectors', cases: [] } };
    expect(suiteHash(demoVectorsRoot(files))).toBe(suiteHash(demoVectorsRoot(files)));
    expect(suiteHash(demoVectorsRoot(files))).toMatch(/^[0-9a-f]{64}$/);
    expect(suiteHash(demoVectorsRoot({ 'demo/b.json': files['demo/a.json'] }))).not.toBe(
      suiteHash(demoVectorsRoot(files)),
    );
    expect(
      suiteHash(demoVectorsRoot({ 'demo/a.json': { description: 'demo vectors!', cases: [] } })),
    ).not.toBe(suiteHash(demoVectorsRoot(files)));
  });

  it('WC-CONF-013 WC-CONF-014: a signed report verifies, and any change breaks it', () => {
    const lab = generateKeyPair();
    const signed = signReport(report(), lab.secretKey);
    const copy = JSON.parse(JSON.stringify(signed));
    const verified = verifySignedReport(copy, { signerPublicKey: lab.publicKey });
    expect(verified.kid).toBe(signed.signature.kid);
    expect(verified.report.counts.pass).toBe(1);

    const tampered = JSON.parse(JSON.stringify(signed));
    tampered.report.results[1].verdict = 'pass';
    expect(() => verifySignedReport(tampered)).toThrowError(
      expect.objectContaining({ code: 'ERR_REPORT_SIGNATURE' }),
    );

    const otherKid = { ...copy, signature: { ...copy.signature, kid: '0000000000000000' } };
    expect(() => verifySignedReport(otherKid)).toThrowError(
      expect.objectContaining({ code: 'ERR_REPORT_KID' }),
    );

    expect(() => verifySignedReport(copy, { signerPublicKey: generateKeyPair().publicKey })).toThrowError(
      expect.objectContaining({ code: 'ERR_REPORT_SIGNER' }),
    );
    expect(() => verifySignedReport({ report: {}, signature: {} })).toThrowError(
      expect.objectContaining({ code: 'ERR_REPORT_FORMAT' }),
    );
  });

  it('WC-CONF-014: tells whether the report was made with a given suite', () => {
    const files = { 'demo/a.json': { description: 'demo vectors', cases: [] } };
    const root = demoVectorsRoot(files);
    const lab = generateKeyPair();
    const signed = signReport(report({ suiteHash: suiteHash(root) }), lab.secretKey);
    expect(verifySignedReport(signed, { vectorsRoot: root }).suiteMatches).toBe(true);
    expect(verifySignedReport(signed, { vectorsRoot: demoVectorsRoot({}) }).suiteMatches).toBe(false);
  });

  it('WC-CONF-015: JUnit XML has a suite per area and failure, error and skipped elements', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      toJUnitXml(report()),
    );
    const suites = parsed.testsuites.testsuite as { name: string; tests: string; testcase: unknown[] }[];
    expect(suites.map((suite) => [suite.name, suite.tests])).toEqual([
      ['demo', '2'],
      ['other', '2'],
    ]);
    const [passCase, failCase] = suites[0]!.testcase as Record<string, unknown>[];
    expect(passCase).toMatchObject({ name: 'demo-pass', classname: 'weldcode.demo' });
    expect(failCase?.failure).toMatchObject({ type: 'fail', message: 'outcome differs from the vector' });
    expect(JSON.stringify(failCase?.properties)).toContain(`${REQ} WC-CONF-007`);
    const [errorCase, skipCase] = suites[1]!.testcase as Record<string, unknown>[];
    expect(errorCase).toHaveProperty('error');
    expect(skipCase).toHaveProperty('skipped');
  });

  it('WC-CONF-016: the HTML report is standalone, escaped, and shows signer, suite and failing cases', () => {
    const html = toHtmlReport(report(), { kid: '0123456789abcdef' });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('0123456789abcdef');
    expect(html).toContain('ab'.repeat(32));
    expect(html).toContain('demo-fail');
    expect(html).toContain('WC-CONF-007');
    expect(html).not.toContain('demo-pass');
  });
});
