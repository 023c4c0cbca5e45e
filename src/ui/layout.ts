/**
 * Where things go for a terminal size. At 80 columns the outlet list sits above the article, one
 * row per outlet; from WIDE columns it becomes a sidebar; from EXTRA_WIDE a third pane shows the
 * selected sentence's counterparts next to the article.
 */
export interface Size {
  columns: number;
  rows: number;
}

export const WIDE = 110;
export const EXTRA_WIDE = 170;
export const SIDEBAR_WIDTH = 32;
export const PREVIEW_WIDTH = 56;
/** Article text is kept to a readable measure, however wide the terminal. */
export const MAX_MEASURE = 100;
export const MAX_LIST_ROWS = 6;

export interface Layout {
  columns: number;
  rows: number;
  /** Rows between the header and the footer. */
  bodyHeight: number;
  sidebar: boolean;
  sidebarWidth: number;
  /** Rows of the outlet list above the article (narrow layout only). */
  listRows: number;
  articleWidth: number;
  /** Rows of article text (below its one-row title). */
  articleHeight: number;
  previewWidth: number;
}

export function computeLayout(size: Size, documents: number): Layout {
  const columns = Math.max(40, size.columns);
  const rows = Math.max(12, size.rows);
  const bodyHeight = rows - 2;
  const sidebar = columns >= WIDE;
  const previewWidth = columns >= EXTRA_WIDE ? PREVIEW_WIDTH : 0;
  const sidebarWidth = sidebar ? SIDEBAR_WIDTH : 0;
  const listRows = sidebar ? 0 : Math.min(documents, MAX_LIST_ROWS, Math.max(1, bodyHeight - 8));
  const rest = columns - sidebarWidth - (sidebar ? 1 : 0) - (previewWidth ? previewWidth + 1 : 0);
  const articleWidth = Math.min(rest, MAX_MEASURE + 4);
  const articleHeight = Math.max(1, bodyHeight - listRows - 1);
  return { columns, rows, bodyHeight, sidebar, sidebarWidth, listRows, articleWidth, articleHeight, previewWidth };
}

/** Rows of one outlet's block in the sidebar (name, bar, figures, a blank), under two rows of heading. */
export const SIDEBAR_BLOCK = 4;

/** How many outlets the list shows at once: a page for `[` and `]`. */
export function outletPage(l: Layout): number {
  return l.sidebar ? Math.max(1, Math.floor((l.bodyHeight - 2) / SIDEBAR_BLOCK)) : Math.max(1, l.listRows);
}

/** Width of full-screen texts (detail, provenance, help), with a one-column margin each side. */
export function pageWidth(l: Layout): number {
  return Math.min(l.columns - 2, 120);
}

/** The alignment screen: legend, header, table rows, a rule, then the selected unit in full. */
export function alignmentLayout(l: Layout): { tableHeight: number; previewHeight: number } {
  const previewHeight = Math.max(4, Math.floor(l.bodyHeight / 3));
  return { tableHeight: Math.max(3, l.bodyHeight - 3 - previewHeight), previewHeight };
}

/** The help overlay: a bordered box in the middle of the body. */
export function helpBox(l: Layout): { width: number; height: number; inner: number } {
  const width = Math.min(l.columns - 2, 84);
  return { width, height: l.bodyHeight, inner: width - 4 };
}
