import { demoAgencyId } from "@partnership/governance";
import type { Fixture } from "./scenarios.js";
import { postGraphQL } from "./graphql-client.js";

/**
 * Reads the ids the scenarios need from the demo data through the gateway, and schedules one
 * training session per load connection for the write scenario.
 */
export async function prepareFixture(
  gatewayUrl: string,
  tokens: { police: string; trainingAdmin: string },
  sessions: number,
): Promise<Fixture> {
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const partnerships = await postGraphQL<{ partnerships: { nodes: Array<{ id: string }> } }>(
    gatewayUrl,
    { query: "{ partnerships(first: 1) { nodes { id } } }" },
    as(tokens.police),
  );
  // The concern with the most people screened that the police take part in: the fullest detail page.
  const concerns = await postGraphQL<{
    concerns: { nodes: Array<{ id: string; takingPart: boolean; peopleScreenedCount: number }> };
  }>(
    gatewayUrl,
    { query: "{ concerns(first: 100) { nodes { id takingPart peopleScreenedCount } } }" },
    as(tokens.police),
  );
  const concern = concerns
    .data!.concerns.nodes.filter((c) => c.takingPart)
    .sort((a, b) => b.peopleScreenedCount - a.peopleScreenedCount)[0];
  if (!concern) throw new Error("the demo data has no concern the police take part in");

  const courses = await postGraphQL<{ courses: { nodes: Array<{ id: string; title: string }> } }>(
    gatewayUrl,
    { query: "{ courses(first: 50) { nodes { id title } } }" },
    as(tokens.trainingAdmin),
  );
  const course = courses.data!.courses.nodes.find((c) => c.title === "First Responder Training");
  if (!course) throw new Error("the demo data has no First Responder Training course");
  const sessionIds: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const scheduled = await postGraphQL<{ scheduleSession: { id: string } }>(
      gatewayUrl,
      {
        query: "mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }",
        variables: {
          input: {
            courseId: course.id,
            startsAt: new Date(Date.UTC(2026, 5, 1 + i, 10)).toISOString(),
            venue: "Oldbury Council House",
            trainer: "Benchmark trainer",
            capacity: 10,
          },
        },
      },
      as(tokens.trainingAdmin),
    );
    sessionIds.push(scheduled.data!.scheduleSession.id);
  }
  const attendees = [1, 2, 3, 4, 5].map((n) => ({
    name: `Bench Delegate ${n}`,
    email: `bench.delegate${n}@smbc.example.org`,
    agencyId: demoAgencyId("SMBC"),
    status: n === 5 ? "ATTENDED" : "COMPLETED",
  }));
  return { concernId: concern.id, partnershipId: partnerships.data!.partnerships.nodes[0].id, sessionIds, attendees };
}
