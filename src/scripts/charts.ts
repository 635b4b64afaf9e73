// Draws a chart from the table in its figure, so the table stays the source of the numbers. Loaded
// (with the parts of Chart.js it registers, no others) only when a chart comes near the screen: see
// src/components/Chart.astro.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

/**
 * The colours of a chart's words and lines. A canvas is not repainted by forced colours (Windows
 * High Contrast, a dark or light system palette), so the page's near-black ink would vanish on a dark
 * one: there the chart reads the system's own colours (CanvasText for words, axes and outlines,
 * GrayText for the grid), resolved through the holder's computed style, since a canvas takes only
 * colours it can resolve. Asked for more contrast, the grid is drawn in the ink too.
 */
interface Ink {
  forced: boolean;
  text: string;
  grid: string;
  outline: string;
}

/** The page's own ink, which the published figures' line is drawn in. */
const PAGE_INK = '#0b0c0c';

const forcedColours = matchMedia('(forced-colors: active)');
const moreContrast = matchMedia('(prefers-contrast: more)');

/** A system colour as the browser resolves it for this element ("CanvasText" → "rgb(255, 255, 255)"). */
function systemColour(element: HTMLElement, colour: string): string {
  const before = element.style.color;
  element.style.color = colour;
  const resolved = getComputedStyle(element).color;
  element.style.color = before;
  return resolved;
}

function inkFor(holder: HTMLElement): Ink {
  if (forcedColours.matches) {
    const text = systemColour(holder, 'CanvasText');
    return { forced: true, text, grid: systemColour(holder, 'GrayText'), outline: text };
  }
  const text = PAGE_INK;
  return { forced: false, text, grid: moreContrast.matches ? text : 'rgba(0, 0, 0, 0.1)', outline: text };
}

/**
 * A series' colours in this ink. In forced colours a series drawn in the page's ink (the published
 * figures' line) takes the system's text colour, and points are ringed in it, so a dark point shows
 * on a dark palette; the point shapes and the table still tell the series apart.
 */
function seriesInk(column: Column, ink: Ink): { colour: string; point: string } {
  const colour = ink.forced && column.colour.toLowerCase() === PAGE_INK ? ink.text : column.colour;
  return { colour, point: ink.forced ? ink.text : colour };
}

/** Gives a drawn chart the ink of the moment: its legend, ticks, axis title, grid, outlines and series. */
function applyInk(chart: Chart, columns: readonly Column[], ink: Ink): void {
  const { options } = chart;
  if (options.plugins?.legend?.labels) options.plugins.legend.labels.color = ink.text;
  for (const scale of Object.values(options.scales ?? {})) {
    if (!scale) continue;
    if (scale.ticks) scale.ticks.color = ink.text;
    if (scale.grid) scale.grid.color = ink.grid;
    if ('title' in scale && scale.title) scale.title.color = ink.text;
    if ('border' in scale && scale.border) scale.border.color = ink.text;
  }
  chart.data.datasets.forEach((dataset, i) => {
    if (dataset.type === 'bar') {
      dataset.borderColor = ink.outline;
      return;
    }
    const { colour, point } = seriesInk(columns[i]!, ink);
    Object.assign(dataset, { borderColor: colour, backgroundColor: colour, pointBorderColor: point });
  });
}

/** The charts drawn on this page, re-inked when the reader turns forced colours or more contrast on or off. */
const drawn: { chart: Chart; holder: HTMLElement; columns: Column[] }[] = [];
const reink = () => {
  for (const { chart, holder, columns } of drawn) {
    const ink = inkFor(holder);
    chart.canvas.closest<HTMLElement>('figure')!.dataset.ink = ink.text;
    applyInk(chart, columns, ink);
    chart.update();
  }
};
forcedColours.addEventListener('change', reink);
moreContrast.addEventListener('change', reink);

interface Column {
  label: string;
  colour: string;
  style: string | undefined;
}

/** Reads a chart's table: column headings with their colours, row labels and numbers. */
function readTable(table: HTMLTableElement): { columns: Column[]; labels: string[]; values: (number | null)[][] } {
  const columns = [...table.querySelectorAll<HTMLTableCellElement>('thead th')].slice(1).map((th) => ({
    label: th.textContent?.trim() ?? '',
    colour: th.dataset.colour ?? '#505a5f',
    style: th.dataset.style,
  }));
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const labels = rows.map((tr) => tr.querySelector('th')?.textContent?.trim() ?? '');
  const values = rows.map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => {
      const text = td.textContent?.replace(/,/g, '').trim() ?? '';
      return text === '' ? null : Number.parseFloat(text);
    }),
  );
  return { columns, labels, values };
}

/** Draws one chart figure from its table (once: a figure already drawn is left alone). */
export function drawChart(figure: HTMLElement): void {
  const table = figure.querySelector<HTMLTableElement>('table');
  const holder = figure.querySelector<HTMLElement>('.app-chart__canvas');
  if (!table || !holder || holder.querySelector('canvas')) return;
  const { columns, labels, values } = readTable(table);
  const unit = figure.dataset.unit ?? '';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${figure.dataset.summary ?? ''} The same figures are in the table below.`);
  holder.append(canvas);
  const stacked = figure.dataset.chart === 'stacked';
  const ink = inkFor(holder);
  // The ink the words were drawn in, for a test comparing it with the page's background.
  figure.dataset.ink = ink.text;
  const datasets = columns.map((column, i): ChartDataset<'bar' | 'line', (number | null)[]> => {
    const data = values.map((row) => row[i] ?? null);
    if (stacked)
      return {
        type: 'bar',
        label: column.label,
        data,
        backgroundColor: column.colour,
        borderColor: ink.outline,
        borderWidth: 1,
      };
    const points = column.style !== 'line';
    const { colour, point } = seriesInk(column, ink);
    return {
      type: 'line',
      label: column.label,
      data,
      borderColor: colour,
      backgroundColor: colour,
      pointBorderColor: point,
      showLine: !points,
      // The published figures' line is drawn over the targets' points, so a figure near a target shows.
      order: points ? 1 : 0,
      spanGaps: true,
      pointRadius: points ? 6 : 3,
      pointStyle: column.label.startsWith('Baseline')
        ? 'rect'
        : column.label.includes('cumulative')
          ? 'triangle'
          : 'circle',
    };
  });
  // What was drawn, for anyone (and any test) comparing the chart with its table.
  figure.dataset.drawn = JSON.stringify(datasets.map((d) => d.data));
  // On a narrow screen long category names crowd out the bars: show their number ("1." → "Theme 1"); the table has them in full.
  const narrow = holder.clientWidth < 560 && stacked;
  const shown = narrow
    ? labels.map((l) => `${figure.querySelector('thead th')?.textContent?.trim() ?? ''} ${l.split('.')[0]}`)
    : labels;
  const chart = new Chart(canvas, {
    type: stacked ? 'bar' : 'line',
    data: { labels: shown, datasets },
    options: {
      // Charts appear at once: no growing bars for anyone (and so none under reduced motion).
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: {
          position: 'bottom',
          // In the table's order, whatever order the series are drawn in.
          labels: {
            color: ink.text,
            font: { size: 14 },
            usePointStyle: !stacked,
            sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          },
        },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${item.formattedValue}${unit}` } },
      },
      scales: {
        x: { stacked, ticks: { color: ink.text }, grid: { color: ink.grid }, border: { color: ink.text } },
        y: {
          stacked,
          beginAtZero: true,
          ...(unit === '%' ? { max: 100 } : { grace: '10%' }),
          ...(figure.dataset.axis ? { title: { display: true, text: figure.dataset.axis, color: ink.text } } : {}),
          ticks: { color: ink.text, precision: unit === '%' ? 0 : undefined, callback: (v) => `${v}${unit}` },
          grid: { color: ink.grid },
          border: { color: ink.text },
        },
      },
    },
  });
  drawn.push({ chart, holder, columns });
}
