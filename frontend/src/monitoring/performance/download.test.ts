// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64ToBlob, base64ToBytes, downloadExportFile } from './download';

// "\uFEFFa,b\n1,2\n" as UTF-8 (11 bytes): a CSV with a byte order mark, as the server exports it.
const CSV_BASE64 = btoa('\xEF\xBB\xBFa,b\n1,2\n');

/** The blob's bytes (jsdom's Blob has no arrayBuffer(); FileReader works everywhere). */
function bytesOf(blob: Blob): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)]);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('base64 files', () => {
  it('decodes every byte, including non-text ones', () => {
    const all = Array.from({ length: 256 }, (_, i) => i);
    const base64 = btoa(String.fromCharCode(...all));
    expect([...base64ToBytes(base64)]).toEqual(all);
  });

  it('ignores the line breaks some encoders insert', () => {
    expect([...base64ToBytes('AAEC\nAwQF\r\n')]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('makes a blob of the given type with the exact bytes', async () => {
    const blob = base64ToBlob(CSV_BASE64, 'text/csv; charset=utf-8');
    expect(blob.type).toBe('text/csv; charset=utf-8');
    expect(await bytesOf(blob)).toEqual([0xef, 0xbb, 0xbf, ...[...'a,b\n1,2\n'].map((c) => c.charCodeAt(0))]);
  });
});

describe('downloadExportFile', () => {
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  afterEach(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    vi.useRealTimers();
  });

  it('clicks a temporary link named after the file and revokes the URL afterwards', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:performance-1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download, attached: document.body.contains(this) });
    });

    downloadExportFile({ filename: 'product-performance-2026-01-01-2026-03-31.csv', contentType: 'text/csv', contentBase64: CSV_BASE64 });

    expect(clicked).toEqual([{ href: 'blob:performance-1', download: 'product-performance-2026-01-01-2026-03-31.csv', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:performance-1');
    click.mockRestore();
    // FileReader needs real timers.
    vi.useRealTimers();
    expect(blobs[0].type).toBe('text/csv');
    expect(await bytesOf(blobs[0])).toHaveLength(11);
  });
});
