/**
 * Browser bundle entry for sanitize.e2e.ts: the real sanitiser, tracker scan
 * and lazy-image promotion, plus the shared safety check, exposed on
 * `window.SL` (bundled with esbuild and injected into a 127.0.0.1 page).
 */
import { createSanitizer, sanitizeToFragment } from '../../../src/extract/sanitize';
import { findTrackers } from '../../../src/extract/trackers';
import { promoteLazyImages } from '../../../src/extract/lazyImages';
import { unsafeParts } from '../../unit/extract/support/safety';

(globalThis as unknown as { SL: unknown }).SL = { createSanitizer, sanitizeToFragment, findTrackers, promoteLazyImages, unsafeParts };
