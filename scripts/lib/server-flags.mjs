// Node flags the server runs with, shared by `npm start` and the benchmarks so both measure the same thing.
// A 2 MB young generation keeps an idle school server well under 150 MB RSS; throughput is unaffected
// at the request sizes Houqin handles.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2'];
