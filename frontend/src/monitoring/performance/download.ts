// Save a file the server sent base64-encoded (the performance export) from the browser.

export interface ExportFileLike {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/** The bytes of a base64 text (whitespace allowed, as some encoders wrap lines). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function base64ToBlob(base64: string, contentType: string): Blob {
  return new Blob([base64ToBytes(base64)], { type: contentType });
}

/** Hand the file to the browser's download through a temporary object URL. */
export function downloadExportFile(file: ExportFileLike, doc: Document = document): void {
  const url = URL.createObjectURL(base64ToBlob(file.contentBase64, file.contentType));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled: some browsers start the download asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
