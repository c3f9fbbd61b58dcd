// Pure helpers of the import page: which files are accepted, and the downloadable error report.
import type { ImportFormat } from '../gql/graphql';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The import format a file name implies, or null when it is neither CSV nor JSON Lines. */
export function formatOfFile(name: string): ImportFormat | null {
  const extension = name.split('.').pop()?.toLowerCase() ?? '';
  if (extension === 'csv') return 'CSV';
  if (extension === 'jsonl' || extension === 'ndjson') return 'JSONL';
  return null;
}

/** Why a file cannot be imported (i18n key), or null when it can. */
export function importFileProblem(file: { name: string; size: number }): 'customer.import.badType' | 'customer.import.tooLarge' | 'customer.import.emptyFile' | null {
  if (!formatOfFile(file.name)) return 'customer.import.badType';
  if (file.size > MAX_IMPORT_BYTES) return 'customer.import.tooLarge';
  if (file.size === 0) return 'customer.import.emptyFile';
  return null;
}

/** One CSV cell: quoted when it holds a comma, quote, or line break (RFC 4180). */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface RowError {
  row: number;
  field?: string | null;
  code: string;
  message: string;
}

/**
 * The error report to download: the server's CSV when it sent one, otherwise one line per row
 * error built here. A byte-order mark lets spreadsheet programs read the Chinese text as UTF-8.
 */
export function errorReportCsv(result: { errorReportCsv?: string | null; errors: readonly RowError[] }): string {
  const BOM = '\uFEFF';
  if (result.errorReportCsv && result.errorReportCsv.trim()) {
    const text = result.errorReportCsv.startsWith(BOM) ? result.errorReportCsv.slice(1) : result.errorReportCsv;
    return BOM + text;
  }
  const lines = [['row', 'field', 'code', 'message'].join(',')];
  for (const e of result.errors) lines.push([e.row, e.field ?? '', e.code, e.message].map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The report's file name, after the imported file: customers.csv → customers-errors.csv. */
export function errorReportName(filename: string): string {
  const base = filename.replace(/\.[^.]+$/, '') || 'import';
  return `${base}-errors.csv`;
}

/** Offer text as a file download. */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
