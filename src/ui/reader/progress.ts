/** Reading progress: how much of the article has scrolled past, as a thin bar. */
export function trackProgress(article: HTMLElement, bar: HTMLElement): () => void {
  const win = article.ownerDocument.defaultView!;
  let pending = false;
  const update = (): void => {
    pending = false;
    const rect = article.getBoundingClientRect();
    const total = rect.height - win.innerHeight;
    const done = total <= 0 ? (rect.bottom <= win.innerHeight ? 1 : 0) : -rect.top / total;
    const pct = Math.round(Math.min(1, Math.max(0, done)) * 1000) / 10;
    bar.style.inlineSize = `${pct}%`;
  };
  const schedule = (): void => {
    if (pending) return;
    pending = true;
    win.requestAnimationFrame(update);
  };
  win.addEventListener('scroll', schedule, { passive: true });
  win.addEventListener('resize', schedule, { passive: true });
  update();
  return () => {
    win.removeEventListener('scroll', schedule);
    win.removeEventListener('resize', schedule);
  };
}
