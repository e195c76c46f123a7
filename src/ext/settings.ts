/**
 * User settings: versioned, stored in storage.local under one key, read by the
 * reader and the options page. `migrate` is pure so that it can be unit-tested
 * and so that a corrupt or foreign value never breaks the UI: every field is
 * validated on its own and falls back to its default.
 */
import { parseSite, type Site } from './sites';

export const SETTINGS_KEY = 'settings';
/** Bump when the stored shape changes, and add a step to MIGRATIONS. */
export const SETTINGS_VERSION = 1;

export type FontFamily = 'serif' | 'sans';
export type Theme = 'system' | 'light' | 'sepia' | 'dark';

export interface ReaderSettings {
  font: FontFamily;
  /** Base font size in CSS px. */
  fontSize: number;
  /** Unitless line height. */
  lineHeight: number;
  /** Measure (text column width) in `ch`. */
  width: number;
  theme: Theme;
  /** Mark quotes with their speakers and underline vague sourcing. */
  marks: boolean;
  /** Side pane with summary, quotes and sources. */
  pane: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  reader: ReaderSettings;
  /** Sites whose articles open in reader mode automatically. */
  autoReaderSites: Site[];
}

export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.2, max: 2.2, step: 0.1 } as const;
export const WIDTH = { min: 45, max: 90, step: 5 } as const;
const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];
const FONTS: readonly FontFamily[] = ['serif', 'sans'];
/** A bound on a list a person types in by hand; more means a corrupt value. */
const MAX_SITES = 200;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  reader: Object.freeze({
    font: 'serif',
    fontSize: 19,
    lineHeight: 1.6,
    width: 65,
    theme: 'system',
    marks: false,
    pane: true,
  }),
  autoReaderSites: Object.freeze([]) as unknown as Site[],
}) as Settings;

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, reader: { ...DEFAULT_SETTINGS.reader }, autoReaderSites: [] };
}

type Raw = Record<string, unknown>;

/**
 * Steps from version N to N+1, on raw objects. Version 1 is the first release,
 * so there is no step yet; a v2 adds `MIGRATIONS[1] = (v1) => v2`.
 */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {};

/** Any stored value (or nothing) → valid current settings. Never throws. */
export function migrate(raw: unknown): Settings {
  if (!isObject(raw)) return defaultSettings();
  let value: Raw = raw;
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 1;
  // A value written by a newer release keeps the fields we understand.
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (step) {
      try {
        value = step(value);
      } catch {
        return defaultSettings();
      }
    }
    version++;
  }
  return {
    version: SETTINGS_VERSION,
    reader: readReader(value.reader),
    autoReaderSites: readSites(value.autoReaderSites),
  };
}

function readReader(raw: unknown): ReaderSettings {
  const d = DEFAULT_SETTINGS.reader;
  const r: Raw = isObject(raw) ? raw : {};
  return {
    font: oneOf(r.font, FONTS, d.font),
    fontSize: inRange(r.fontSize, FONT_SIZE, d.fontSize),
    lineHeight: inRange(r.lineHeight, LINE_HEIGHT, d.lineHeight),
    width: inRange(r.width, WIDTH, d.width),
    theme: oneOf(r.theme, THEMES, d.theme),
    marks: typeof r.marks === 'boolean' ? r.marks : d.marks,
    pane: typeof r.pane === 'boolean' ? r.pane : d.pane,
  };
}

function readSites(raw: unknown): Site[] {
  if (!Array.isArray(raw)) return [];
  const out: Site[] = [];
  const seen = new Set<string>();
  for (const item of raw.slice(0, MAX_SITES)) {
    // Stored as the origin string; anything that no longer parses is dropped.
    const origin = typeof item === 'string' ? item : isObject(item) && typeof item.origin === 'string' ? item.origin : null;
    if (origin === null) continue;
    const site = parseSite(origin);
    if (!site.ok || seen.has(site.site.origin)) continue;
    seen.add(site.site.origin);
    out.push(site.site);
  }
  return out;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function inRange(value: unknown, range: { min: number; max: number; step: number }, fallback: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, n));
  // Snap to the step so that the range inputs show the stored value exactly.
  const snapped = range.min + Math.round((clamped - range.min) / range.step) * range.step;
  return Math.round(snapped * 100) / 100;
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
