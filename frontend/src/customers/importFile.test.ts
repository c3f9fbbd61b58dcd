import { describe, expect, it } from 'vitest';
import { csvCell, errorReportCsv, errorReportName, formatOfFile, importFileProblem, MAX_IMPORT_BYTES } from './importFile';

describe('import files', () => {
  it('accepts CSV and JSON Lines up to 20 MB', () => {
    expect(formatOfFile('customers.CSV')).toBe('CSV');
    expect(formatOfFile('tx.jsonl')).toBe('JSONL');
    expect(formatOfFile('tx.ndjson')).toBe('JSONL');
    expect(formatOfFile('book.xlsx')).toBeNull();
    expect(importFileProblem({ name: 'a.csv', size: 10 })).toBeNull();
    expect(importFileProblem({ name: 'a.csv', size: MAX_IMPORT_BYTES + 1 })).toBe('customer.import.tooLarge');
    expect(importFileProblem({ name: 'a.xlsx', size: 10 })).toBe('customer.import.badType');
    expect(importFileProblem({ name: 'a.csv', size: 0 })).toBe('customer.import.emptyFile');
  });
});

describe('error report', () => {
  it('builds a CSV with one line per row error, quoting what needs it', () => {
    const csv = errorReportCsv({
      errorReportCsv: null,
      errors: [
        { row: 2, field: 'id_number', code: 'INVALID', message: '身份证号校验位错误' },
        { row: 7, field: null, code: 'REQUIRED', message: 'name, type: "missing"\nsee docs' },
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'row,field,code,message',
      '2,id_number,INVALID,身份证号校验位错误',
      '7,,REQUIRED,"name, type: ""missing""\nsee docs"',
      '',
    ]);
  });

  it("prefers the server's report, adding the byte-order mark once", () => {
    expect(errorReportCsv({ errorReportCsv: 'row,field\n3,phone\n', errors: [] })).toBe('\uFEFFrow,field\n3,phone\n');
    expect(errorReportCsv({ errorReportCsv: '\uFEFFrow\n', errors: [] })).toBe('\uFEFFrow\n');
  });

  it('names the report after the imported file', () => {
    expect(errorReportName('customers.csv')).toBe('customers-errors.csv');
    expect(errorReportName('.jsonl')).toBe('import-errors.csv');
    expect(csvCell(null)).toBe('');
  });
});
