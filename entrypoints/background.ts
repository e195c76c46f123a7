import { registerAnalysis } from '@/src/ext/background/analysis';
import { registerReader } from '@/src/ext/background/reader';
import { registerAutoReader } from '@/src/ext/background/autoReader';
import { registerQuoteSaving } from '@/src/library/background';

// Wiring only: each feature registers its own listeners, synchronously at
// start-up, so that a service worker woken by an event finds them in place.
export default defineBackground(() => {
  registerAnalysis();
  registerReader();
  registerAutoReader();
  registerQuoteSaving();
});
