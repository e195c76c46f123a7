import { startPopup } from '@/src/ui/popup/app';

void startPopup(document.getElementById('app')!, document.getElementById('live')!);
