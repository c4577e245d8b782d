// Subscribes to claimEvents with the graphql-ws client from npm and prints each event as one
// JSON line; exits after the requested number of events. Arguments: url token claimId count [after]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, claimId, count, after] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
});

let received = 0;
const query = `subscription ($claimId: ID!, $after: ID) {
  claimEvents(claimId: $claimId, after: $after) { id claimId type visibility }
}`;
const unsubscribe = client.subscribe(
  { query, variables: { claimId, after: after ?? null } },
  {
    next: (result) => {
      console.log(JSON.stringify(result));
      if (result.errors || ++received >= Number(count)) {
        unsubscribe();
        client.dispose();
        process.exit(result.errors ? 2 : 0);
      }
    },
    error: (error) => {
      console.log(JSON.stringify({ clientError: String(error?.message ?? error) }));
      process.exit(3);
    },
    complete: () => process.exit(received >= Number(count) ? 0 : 4),
  },
);
console.log(JSON.stringify({ subscribed: true }));
