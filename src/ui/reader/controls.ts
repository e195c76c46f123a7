/**
 * The "Display" panel: font, size, line spacing, width, theme. Native inputs
 * only, so keyboard use and screen readers work without extra wiring.
 */
import { FONT_SIZE, LINE_HEIGHT, WIDTH, DEFAULT_SETTINGS, type ReaderSettings, type Theme, type FontFamily } from '@/src/ext/settings';
import { h } from './dom';
import { t } from './i18n';

export interface DisplayPanel {
  element: HTMLElement;
  /** Reflects settings changed elsewhere (another tab, the options page). */
  update(s: ReaderSettings): void;
}

type Change = (patch: Partial<ReaderSettings>) => void;

function radioGroup<T extends string>(name: string, legend: string, values: readonly T[], label: (v: T) => string, onPick: (v: T) => void) {
  const inputs = new Map<T, HTMLInputElement>();
  const fieldset = h('fieldset', { class: 'choice' }, h('legend', {}, legend));
  for (const value of values) {
    const input = h('input', { type: 'radio', name, value, onchange: () => onPick(value) });
    inputs.set(value, input);
    fieldset.append(h('label', {}, input, ' ', label(value)));
  }
  return {
    fieldset,
    set(value: T) {
      const input = inputs.get(value);
      if (input) input.checked = true;
    },
  };
}

function rangeInput(
  id: string,
  labelText: string,
  range: { min: number; max: number; step: number },
  format: (n: number) => string,
  onPick: (n: number) => void,
) {
  const input = h('input', { type: 'range', id, min: range.min, max: range.max, step: range.step });
  const output = h('output', { for: id });
  input.addEventListener('input', () => {
    const n = Number(input.value);
    output.textContent = format(n);
    input.setAttribute('aria-valuetext', format(n));
    onPick(n);
  });
  const row = h('div', { class: 'range' }, h('label', { for: id }, labelText), input, output);
  return {
    row,
    set(n: number) {
      if (input.ownerDocument.activeElement !== input) input.value = String(n);
      output.textContent = format(n);
      input.setAttribute('aria-valuetext', format(n));
    },
  };
}

const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];
const FONTS: readonly FontFamily[] = ['serif', 'sans'];
const THEME_KEY: Record<Theme, string> = { system: 'readerThemeSystem', light: 'readerThemeLight', sepia: 'readerThemeSepia', dark: 'readerThemeDark' };
const FONT_KEY: Record<FontFamily, string> = { serif: 'readerFontSerif', sans: 'readerFontSans' };

export function createDisplayPanel(idPrefix: string, onChange: Change): DisplayPanel {
  const font = radioGroup(`${idPrefix}-font`, t('readerFont'), FONTS, (v) => t(FONT_KEY[v]), (font) => onChange({ font }));
  const size = rangeInput(`${idPrefix}-size`, t('readerFontSize'), FONT_SIZE, (n) => t('readerPixels', String(n)), (fontSize) => onChange({ fontSize }));
  const lineHeight = rangeInput(`${idPrefix}-line`, t('readerLineHeight'), LINE_HEIGHT, (n) => n.toFixed(1), (v) => onChange({ lineHeight: v }));
  const width = rangeInput(`${idPrefix}-width`, t('readerWidth'), WIDTH, (n) => t('readerCharacters', String(n)), (v) => onChange({ width: v }));
  const theme = radioGroup(`${idPrefix}-theme`, t('readerTheme'), THEMES, (v) => t(THEME_KEY[v]), (theme) => onChange({ theme }));
  const reset = h('button', { type: 'button', class: 'text-button' }, t('readerResetDisplay'));
  reset.addEventListener('click', () => {
    const d = DEFAULT_SETTINGS.reader;
    onChange({ font: d.font, fontSize: d.fontSize, lineHeight: d.lineHeight, width: d.width, theme: d.theme });
  });
  const element = h('div', { class: 'display-controls' }, font.fieldset, size.row, lineHeight.row, width.row, theme.fieldset, reset);
  return {
    element,
    update(s) {
      font.set(s.font);
      size.set(s.fontSize);
      lineHeight.set(s.lineHeight);
      width.set(s.width);
      theme.set(s.theme);
    },
  };
}
