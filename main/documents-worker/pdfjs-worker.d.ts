// pdf.js ships its worker code without types; the reader only hands the module to pdf.js (globalThis.pdfjsWorker).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
