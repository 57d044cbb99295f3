// Runs the example webhook receiver: verifies each delivery, answers at once, and fetches the
// concern an event names through GraphQL, printing what this agency may read of it.
//
//   WEBHOOK_SECRET=whsec_… ACCESS_TOKEN=<token> PARTNERSHIP_ID=<id> PORT=4100 npm run receiver
import process from "node:process";
import { GraphQLClient } from "./client.js";
import { fetchConcern } from "./concern.js";
import { connectionFromEnv, required } from "./env.js";
import { createWebhookReceiver } from "./receiver.js";

const secret = required("WEBHOOK_SECRET", "the secret the platform gave when the webhook was registered (whsec_…)");
const connection = connectionFromEnv();
const port = Number(process.env.PORT ?? 4100);

const server = createWebhookReceiver({
  secret,
  async handle(event) {
    console.log(`${event.type} ${event.data.subject.type} ${event.data.subject.id} (event ${event.data.eventId})`);
    if (event.data.subject.type !== "Concern") return;
    // Fetch in the partnership the event belongs to, which may not be the client's default.
    const scoped = new GraphQLClient({ ...connection, partnershipId: event.data.partnershipId });
    const found = await fetchConcern(scoped, event.data.subject.id);
    if (!found) {
      console.log("  not visible to this agency");
      return;
    }
    console.log(`  ${found.concern.reference ?? "(reference withheld)"} is ${found.concern.status ?? "(withheld)"}`);
    for (const field of found.withheld) console.log(`  withheld: ${field.field} (${field.category}, ${field.reason})`);
  },
  onError: (event, error) => console.error(`Handling event ${event.data.eventId} failed:`, error),
});
server.listen(port, () => console.log(`Webhook receiver listening on http://localhost:${port}/`));
