// The one place where a report file's bytes become text when the file is a PDF or a Word document: every import
// path (the Reports view, the CLI's extract and build-db) calls this before reading the report, so all of them
// accept the same files and give the same text. Text and web pages are decoded by main/core/normalize as before.
import type { ReadDocumentText } from '../core/store/import-report';
import { documentFormat, readDocument, type ReadOptions } from './read-document';

/** The text (and pages) of a PDF, .docx or .doc; undefined for any other file, which is decoded as text. */
export async function readReportDocument(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocumentText | undefined> {
  const format = documentFormat(bytes, fileName);
  if (!format) return undefined;
  const { text, pages } = await readDocument(fileName, bytes, format, options);
  return { text, format, pages };
}
