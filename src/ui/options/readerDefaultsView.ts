/** "Reader" in the options: the same display controls as the reader, plus what opens by default. */
import type { ReaderSettings, Settings } from '@/src/ext/settings';
import { saveReaderSettings } from '@/src/ext/settingsStore';
import { createDisplayPanel } from '@/src/ui/reader/controls';
import { h } from '@/src/ui/reader/dom';
import { t } from '@/src/ui/reader/i18n';

export interface ReaderDefaultsView {
  element: HTMLElement;
  update(s: Settings): void;
}

export function createReaderDefaultsView(announce: (message: string) => void): ReaderDefaultsView {
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const save = (patch: Partial<ReaderSettings>): void => {
    void saveReaderSettings(patch);
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => announce(t('optionsSaved')), 400);
  };
  const display = createDisplayPanel('options', save);
  const checkbox = (id: string, label: string, key: 'marks' | 'pane') => {
    const input = h('input', { type: 'checkbox', id });
    input.addEventListener('change', () => save({ [key]: input.checked }));
    return { input, row: h('div', { class: 'check' }, input, h('label', { for: id }, label)) };
  };
  const marks = checkbox('opt-marks', t('optionsMarksDefault'), 'marks');
  const pane = checkbox('opt-pane', t('optionsPaneDefault'), 'pane');
  const element = h(
    'section',
    { class: 'card', 'aria-labelledby': 'reader-heading' },
    h('h2', { id: 'reader-heading' }, t('optionsReaderHeading')),
    h('p', {}, t('optionsReaderIntro')),
    display.element,
    marks.row,
    pane.row,
  );
  return {
    element,
    update(s) {
      display.update(s.reader);
      marks.input.checked = s.reader.marks;
      pane.input.checked = s.reader.pane;
    },
  };
}
