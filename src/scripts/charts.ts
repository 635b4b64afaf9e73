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
  const datasets = columns.map((column, i): ChartDataset<'bar' | 'line', (number | null)[]> => {
    const data = values.map((row) => row[i] ?? null);
    if (stacked)
      return {
        type: 'bar',
        label: column.label,
        data,
        backgroundColor: column.colour,
        borderColor: '#0b0c0c',
        borderWidth: 1,
      };
    const points = column.style !== 'line';
    return {
      type: 'line',
      label: column.label,
      data,
      borderColor: column.colour,
      backgroundColor: column.colour,
      showLine: !points,
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
  new Chart(canvas, {
    type: stacked ? 'bar' : 'line',
    data: { labels: shown, datasets },
    options: {
      // Charts appear at once: no growing bars for anyone (and so none under reduced motion).
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: { position: 'bottom', labels: { color: '#0b0c0c', font: { size: 14 }, usePointStyle: !stacked } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${item.formattedValue}${unit}` } },
      },
      scales: {
        x: { stacked, ticks: { color: '#0b0c0c' } },
        y: {
          stacked,
          beginAtZero: true,
          ...(unit === '%' ? { max: 100 } : { grace: '10%' }),
          ...(figure.dataset.axis ? { title: { display: true, text: figure.dataset.axis, color: '#0b0c0c' } } : {}),
          ticks: { color: '#0b0c0c', precision: unit === '%' ? 0 : undefined, callback: (v) => `${v}${unit}` },
        },
      },
    },
  });
}
