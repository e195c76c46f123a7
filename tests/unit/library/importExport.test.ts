import { describe, expect, it } from 'vitest';
import { exportCsv, exportJson, exportMarkdown } from '@/src/library/exportFormats';
import { parseImport } from '@/src/library/importQuotes';
import { localLock } from '@/src/library/locks';
import { createQuoteStore } from '@/src/library/store';
import { FakeStorageArea } from './fakeStorage';
import { makeQuote } from './helpers';

describe('export and import', () => {
  it('JSON round-trips every field', () => {
    const quotes = [makeQuote({ tags: ['policy', 'harbour'], note: 'check "this"\nline two' }), makeQuote({ speaker: null, author: null, published: null })];
    const parsed = parseImport(exportJson(quotes));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.records).toEqual(quotes);
  });

  it('imports a file with bad lines: reports each one and imports the rest', async () => {
    const good = [makeQuote(), makeQuote(), makeQuote()];
    const lines = exportJson(good).split('\n');
    // Damage line 3 (second quote) so the document is no longer valid JSON, and add a bad record.
    lines[2] = lines[2]!.slice(0, 40);
    lines.splice(4, 0, JSON.stringify({ v: 2, id: 'bad one', text: 'x' }) + ',');
    const parsed = parseImport(lines.join('\n'));
    expect(parsed.error).toBeUndefined();
    expect(parsed.records.map((r) => r.id)).toEqual([good[0]!.id, good[2]!.id]);
    expect(parsed.rejected).toEqual([
      { line: 3, reason: 'not valid JSON' },
      { line: 5, reason: 'missing or malformed id' },
    ]);
    const store = createQuoteStore(new FakeStorageArea(), localLock());
    expect(await store.merge(parsed.records)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect((await store.loadAll()).quotes).toHaveLength(2);
  });

  it('reports invalid records inside a valid JSON document by line', () => {
    const good = makeQuote();
    const doc = exportJson([good, { ...makeQuote(), page: { url: 'javascript:alert(1)' } } as never]);
    const parsed = parseImport(doc);
    expect(parsed.records.map((r) => r.id)).toEqual([good.id]);
    expect(parsed.rejected).toHaveLength(1);
    expect(parsed.rejected[0]!.line).toBe(3);
    expect(parsed.rejected[0]!.reason).toMatch(/url/);
  });

  it('imports v1 records and JSON Lines', () => {
    const v1 = { v: 1, id: 'legacy', text: 'Legacy words', url: 'https://x.example/', title: 't', site: 's', savedAt: 1700000000000, tags: 'x' };
    const parsed = parseImport(JSON.stringify(v1) + '\n' + JSON.stringify(makeQuote()) + '\n');
    expect(parsed.records).toHaveLength(2);
    expect(parsed.records[0]).toMatchObject({ id: 'legacy', v: 2, tags: ['x'], missingContext: true });
  });

  it('refuses a file that is not a quotes file', () => {
    expect(parseImport('{"hello": 1}').error).toMatch(/not a Sourcelight/);
    expect(parseImport('garbage\nmore garbage').error).toMatch(/not a Sourcelight/);
  });

  it('Markdown groups by article and carries a citation per quote', () => {
    const a = makeQuote({ text: 'First words', url: 'https://a.example/1', title: 'Story A' });
    const b = makeQuote({ text: 'Second words', url: 'https://a.example/1', title: 'Story A', tags: ['two words'] });
    const c = makeQuote({ text: 'Other', url: 'https://b.example/2', title: 'Story B' });
    const md = exportMarkdown([b, c, a], 'apa', new Date('2026-01-01T00:00:00Z'));
    expect(md.match(/^## /gm)).toHaveLength(2);
    expect(md).toContain('## [Story A](<https://a.example/1>)');
    expect(md).toContain('> First words\n> — Mayor Ann Lee');
    expect(md).toContain('Tags: #two-words');
    expect(md.match(/^Citation: Smith, J\. \(2024, March 5\)\. Story A\./gm)).toHaveLength(2);
  });

  it('CSV quotes cells and defuses formulas', () => {
    const q = makeQuote({ text: '=HYPERLINK("x")', note: 'a, "b"\nc' });
    const csv = exportCsv([q]);
    const [head, row] = csv.split('\r\n');
    expect(head).toBe('id,saved,text,speaker,title,site,author,published,url,note,tags,missing_context');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a, ""b""\nc"');
  });
});
