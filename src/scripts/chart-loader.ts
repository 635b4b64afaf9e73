// Loads the chart code only when a chart comes near the screen, and draws each chart then. Until
// then, and without script, the table in each figure carries the same numbers: a reader who never
// scrolls to a chart never downloads or runs Chart.js (about 60 KB compressed), and a phone keeps its
// main thread for the page itself.

/** How far below the screen a chart starts loading, so it is drawn by the time it is scrolled to. */
const AHEAD = '300px 0px';

export function drawChartsWhenSeen(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
  if (figures.length === 0) return;
  let charts: Promise<typeof import('./charts.ts')> | undefined;
  const draw = (figure: HTMLElement) => {
    charts ??= import('./charts.ts');
    void charts.then(({ drawChart }) => drawChart(figure));
  };
  if (!('IntersectionObserver' in window)) {
    figures.forEach(draw);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: AHEAD },
  );
  figures.forEach((figure) => observer.observe(figure));
}
