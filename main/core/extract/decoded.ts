// The one place extraction gets a report's text from its bytes (main/core/normalize/decode.ts, owned by the
// normalization work). Until that module lands, only UTF-8 is read; anything else is refused clearly.
import { PlanscopeError } from '../../contract/errors';

export function decodeForExtraction(bytes: Uint8Array, fileName: string): { text: string; encoding: string } {
  if (bytes.length === 0) throw new PlanscopeError('unreadable-file', `${fileName}: the file is empty.`, { file: fileName });
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    throw new PlanscopeError('unreadable-file', `${fileName}: not valid UTF-8 text (other encodings are not read yet).`, { file: fileName });
  }
}
