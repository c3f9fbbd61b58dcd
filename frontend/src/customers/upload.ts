import { CombinedError } from '@urql/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { GRAPHQL_PATH } from '../api/client';
import { getCurrentLocale } from '../i18n/I18nProvider';

export interface UploadOutcome<T> {
  data?: T;
  error?: CombinedError;
}

/**
 * Send one GraphQL operation with XMLHttpRequest, which (unlike fetch) reports upload progress;
 * used for the import's large bodies. Same request as the console's client: a same-origin JSON
 * POST with the session cookie and the console's language.
 */
export function postWithProgress<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', GRAPHQL_PATH);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept-Language', getCurrentLocale());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => resolve({ error: new CombinedError({ networkError: new Error('Network error') }) });
    xhr.onload = () => {
      onProgress(1);
      let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (!body) {
        resolve({ error: new CombinedError({ networkError: new Error(`HTTP ${xhr.status}`) }) });
        return;
      }
      const graphQLErrors = body.errors ?? [];
      resolve({
        data: body.data ?? undefined,
        error: graphQLErrors.length ? new CombinedError({ graphQLErrors: graphQLErrors.map((e) => ({ ...e })) }) : undefined,
      });
    };
    xhr.send(JSON.stringify({ query: print(document), variables }));
  });
}

/** Read a file as base64 (without the data: URL prefix), reporting how much was read. */
export function readFileAsBase64(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      onProgress(1);
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
