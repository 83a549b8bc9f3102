// The push events the bridge forwards. A Record over the contract's EventName makes the compiler demand an
// entry here when an event is added to the contract (the renderer cannot import the contract's runtime list).
import type { EventName } from '../../main/contract/index';

const KNOWN: Record<EventName, true> = { progress: true, 'workspace.changed': true, 'app.command': true, 'autosave.failed': true };

export const BRIDGE_EVENTS = Object.keys(KNOWN) as EventName[];

export function isEventName(x: unknown): x is EventName {
  return typeof x === 'string' && Object.hasOwn(KNOWN, x);
}
