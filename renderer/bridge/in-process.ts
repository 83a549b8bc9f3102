// Component tests: calls go straight to main's dispatch() in the same process. The test builds the dispatch
// and the event subscription from main's registry and hands them in, so renderer code imports no main runtime.
import type { CallOutcome } from '../../main/contract/index';
import type { EventSink, Transport } from './transport';

export interface InProcessMain {
  dispatch(method: string, args: unknown): Promise<CallOutcome>;
  subscribe(sink: EventSink): () => void;
}

export function createInProcessTransport(main: InProcessMain): Transport {
  return {
    kind: 'in-process',
    // A JSON round trip, as over IPC and HTTP, so a test fails where a payload would not survive the wire.
    call: async (method, args) => JSON.parse(JSON.stringify(await main.dispatch(method, JSON.parse(JSON.stringify(args ?? {}))))) as CallOutcome,
    subscribe: (sink) => main.subscribe((event, payload) => sink(event, JSON.parse(JSON.stringify(payload)) as typeof payload)),
  };
}
