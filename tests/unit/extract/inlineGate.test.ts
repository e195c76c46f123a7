import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredWords, wordGate } from '../../../src/extract/inlineGate';
import { ANY_INLINE_SIGNATURE, INLINE_GATE, TRACKER_RULES } from '../../../src/extract/trackerTable';

describe('requiredWords', () => {
  it('takes one unquantified literal run per top-level alternative', () => {
    expect(requiredWords('\\bfbq\\(')).toEqual(['fbq(']);
    expect(requiredWords(`['"]GTM-[A-Z0-9]{4,}['"]`)).toEqual(['GTM-']);
    expect(requiredWords('\\bga\\(\\s*[\'"](?:create|send)[\'"]|_gaq\\.push')).toEqual(['ga(', '_gaq.push']);
    expect(requiredWords('ab*cd')).toEqual(['cd']);
    expect(requiredWords('x{2}yz')).toEqual(['yz']);
    expect(requiredWords('ab?|c\\.d+')).toEqual(['a', 'c.']);
    expect(requiredWords('a.b')).toEqual(['a']);
  });

  it('never takes an escape\'s letters or digits for literal text', () => {
    // /\x41bc/ matches "Abc": "41bc" is no word of it.
    expect(requiredWords('\\x41bc')).toEqual(['bc']);
    expect(requiredWords('ab\\u0041cd')).toEqual(['ab']);
    expect(requiredWords('\\u{41}xyz')).toEqual(['xyz']);
    expect(requiredWords('\\cJxyz')).toEqual(['xyz']);
    expect(requiredWords('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)\\12cd')).toEqual(['cd']);
    expect(new RegExp('\\x41bc').test('Abc')).toBe(true);
  });

  it('gives up when an alternative has no literal', () => {
    expect(requiredWords('(?:a|b)')).toBeNull();
    expect(requiredWords('abc|[xy]z*')).toBeNull();
    expect(requiredWords('\\d+')).toBeNull();
  });
});

describe('wordGate', () => {
  it('matches exactly the texts that contain one of the words', () => {
    let seed = 3;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const pick = (len: number) => Array.from({ length: len }, () => 'ab(._-'[rnd(6)]).join('');
    for (let round = 0; round < 300; round++) {
      const words = Array.from({ length: 1 + rnd(4) }, () => pick(1 + rnd(4)));
      const gate = wordGate(words);
      for (let t = 0; t < 20; t++) {
        const text = pick(rnd(12));
        expect(gate.test(text), `${JSON.stringify(words)} in ${JSON.stringify(text)}`).toBe(words.some((w) => text.includes(w)));
      }
    }
  });
});

describe('the tracker table gate', () => {
  it('exists: every inline signature has a word', () => {
    expect(INLINE_GATE).not.toBeNull();
  });

  it('lets through every text a signature matches (fixture scripts and snippets)', () => {
    const dir = resolve(import.meta.dirname, '../../fixtures/pages');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.html'))
      .flatMap((f) => [...readFileSync(resolve(dir, f), 'utf8').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!));
    texts.push("gtag( 'config' , \"AW-1\")", 'window.ga("create")', '"clarity", "script"', 'ym(1, "init")', 'rdt("track")', 'criteo_q.push', '__qc');
    // One invented snippet per signature, so every rule is tried here.
    texts.push('googletag.cmd.push(f)', 'snaptr("init", "x")', "pintrk('load', 1)", 'window.uetq = []', 'OBR.extern.researchWidget()',
      "apstag.init({pubID: 'x'})", 'heap.load("1")', "plausible('Signup')", 's_gi("acct")', 'var utag_data = {}',
      'iom.c(data, 1)', 'new ATInternet.Tracker.Tag()', 'var pp_gemius_identifier = "x"');
    for (const rule of TRACKER_RULES.filter((r) => r.inline)) {
      expect(texts.some((t) => rule.inline!.test(t)), `an example text for ${rule.name}`).toBe(true);
    }
    let matched = 0;
    for (const text of texts) {
      if (!ANY_INLINE_SIGNATURE.test(text)) continue;
      matched++;
      expect(INLINE_GATE!.test(text), text.slice(0, 80)).toBe(true);
    }
    expect(matched).toBeGreaterThan(10);
    // Each signature's own words are what it is found by.
    for (const rule of TRACKER_RULES.filter((r) => r.inline)) {
      for (const w of requiredWords(rule.inline!.source)!) expect(INLINE_GATE!.test(w), rule.name).toBe(true);
    }
  });
});
