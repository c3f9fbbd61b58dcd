import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, parseImportColumns } from './importColumns';

/** The description of CustomerImportInput in the committed SDL. */
async function importInputDescription(): Promise<string> {
  // The app's type settings have no Node types; tests run in Node, so load fs untyped.
  const specifier = 'node:fs';
  const fs = (await import(/* @vite-ignore */ specifier)) as { readFileSync: (path: string, encoding: 'utf8') => string };
  // Vitest runs from frontend/ (npm test); the SDL sits in the repository root.
  const { process } = globalThis as unknown as { process: { cwd: () => string } };
  const sdl = fs.readFileSync(`${process.cwd()}/../schema.graphql`, 'utf8');
  const match = /"""\s*([\s\S]*?)\s*"""\s*input CustomerImportInput\b/.exec(sdl);
  if (!match) throw new Error('CustomerImportInput has no description in schema.graphql');
  const blocks = match[1].split('"""');
  return blocks[blocks.length - 1].trim();
}

describe('import columns', () => {
  it('match the columns the API documents for each kind', async () => {
    const documented = parseImportColumns(await importInputDescription());
    expect(documented).toEqual(IMPORT_COLUMNS);
  });

  it('parse a description with notes in brackets', () => {
    expect(parseImportColumns('Columns: CUSTOMERS — a, b (note, more); HOLDINGS — c; TRANSACTIONS — d (ISO), e.')).toEqual({
      CUSTOMERS: ['a', 'b'],
      HOLDINGS: ['c'],
      TRANSACTIONS: ['d', 'e'],
    });
  });
});
