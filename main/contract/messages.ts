// The message catalogue as the contract carries it: errors cross as { id, params } (PlanscopeErrorData.say) and the
// renderer words them in the interface language with sayIn. The catalogue itself lives in core, which raises them.
export { MESSAGES, isSaid, sayIn, worded } from '../core/messages';
export { explain } from '../core/wording/explanations';
export type { MessageId, MessageLang, MessageParams, Said, Worded } from '../core/messages';
