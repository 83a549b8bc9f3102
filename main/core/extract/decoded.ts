// The one place extraction gets a report's text from its bytes: main/core/normalize/decode (UTF-8, GBK/GB18030,
// Big5 detection; a clear 'unreadable-file' error for empty, binary or unknown-encoding files).
export { decodeReport as decodeForExtraction } from '../normalize/decode';
