import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, defaultSettings, migrate } from '@/src/ext/settings';

describe('migrate', () => {
  it('gives defaults for nothing, null and non-objects', () => {
    for (const raw of [undefined, null, 42, 'x', [], true]) {
      expect(migrate(raw)).toEqual(defaultSettings());
    }
  });

  it('keeps a valid v1 value as it is', () => {
    const v1 = {
      version: 1,
      reader: { font: 'sans', fontSize: 22, lineHeight: 1.8, width: 70, theme: 'sepia', marks: true, pane: false },
      autoReaderSites: [{ origin: 'https://example.com', scheme: 'https', host: 'example.com' }],
    };
    expect(migrate(v1)).toEqual(v1);
  });

  it('treats an unversioned value as v1', () => {
    expect(migrate({ reader: { theme: 'dark' } }).reader.theme).toBe('dark');
  });

  it('falls back per field on corrupt values', () => {
    const s = migrate({
      version: 1,
      reader: { font: 'comic', fontSize: 'huge', lineHeight: Number.NaN, width: null, theme: 'dark', marks: 'yes', pane: false },
    });
    expect(s.reader).toEqual({ ...DEFAULT_SETTINGS.reader, theme: 'dark', pane: false });
  });

  it('clamps and snaps numbers, and reads numeric strings', () => {
    const s = migrate({ reader: { fontSize: 500, lineHeight: '1.73', width: 1 } });
    expect(s.reader.fontSize).toBe(28);
    expect(s.reader.lineHeight).toBe(1.7);
    expect(s.reader.width).toBe(45);
  });

  it('drops invalid and duplicate sites, accepts stored origin strings', () => {
    const s = migrate({
      autoReaderSites: ['https://example.com', { origin: 'https://EXAMPLE.com/' }, 'ftp://x.org', 7, { origin: 'http://news.test' }],
    });
    expect(s.autoReaderSites.map((x) => x.origin)).toEqual(['https://example.com', 'http://news.test']);
  });

  it('keeps understood fields of a value from a newer release', () => {
    const s = migrate({ version: 99, reader: { font: 'sans', futureField: 1 }, somethingNew: true });
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.reader.font).toBe('sans');
    expect(s).not.toHaveProperty('somethingNew');
  });

  it('does not share the defaults object', () => {
    const a = defaultSettings();
    a.reader.fontSize = 27;
    a.autoReaderSites.push({ origin: 'https://a.org', scheme: 'https', host: 'a.org' });
    expect(defaultSettings().reader.fontSize).toBe(DEFAULT_SETTINGS.reader.fontSize);
    expect(defaultSettings().autoReaderSites).toEqual([]);
  });
});
