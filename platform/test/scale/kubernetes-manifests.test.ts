import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { directoryConfigSchema, generateEs256KeyPair, readConfig, subgraphConfigSchema } from "@partnership/runtime";
import { SUBGRAPHS } from "@partnership/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { gatewayConfigSchema } from "@partnership/gateway";

const ROOT = path.resolve(__dirname, "..", "..", "..");
/** Each service's image is pushed as `${REGISTRY}-<service>` (deploy/Dockerfile builds them). */
const REGISTRY = "registry.example.org/partnership-graph";
const MANIFESTS = path.join(ROOT, "deploy", "kubernetes");
const NAMESPACE = "partnership-graph";
const requireModel = createRequire(__filename);

type Doc = Record<string, any> & { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } };
interface Manifest {
  file: string;
  doc: Doc;
}

function readManifests(): Manifest[] {
  const files = readdirSync(MANIFESTS).filter((f) => /\.ya?ml$/.test(f));
  return files.flatMap((file) =>
    parseAllDocuments(readFileSync(path.join(MANIFESTS, file), "utf8")).map((document) => {
      expect(document.errors, `${file}: YAML errors`).toEqual([]);
      return { file, doc: document.toJS() as Doc };
    }),
  );
}

/**
 * Validates a document against the Kubernetes API's JSON schema for its apiVersion and kind
 * (kubernetes-models: the OpenAPI schemas of Kubernetes 1.27, checked with ajv). Throws on an
 * unknown kind or an invalid document.
 */
function validateAgainstApi(doc: Doc): void {
  const [group, version] = doc.apiVersion.includes("/") ? doc.apiVersion.split("/") : [undefined, doc.apiVersion];
  const modulePath = group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
  let models: Record<string, new (data: unknown) => { validate(): void }>;
  try {
    models = requireModel(modulePath);
  } catch {
    throw new Error(`unknown apiVersion ${doc.apiVersion}`);
  }
  const Model = models[doc.kind];
  if (!Model) throw new Error(`unknown kind ${doc.kind} in ${doc.apiVersion}`);
  new Model(doc).validate();
}

const manifests = readManifests();
const ofKind = (kind: string) => manifests.map((m) => m.doc).filter((d) => d.kind === kind);
const named = (kind: string, name: string) => {
  const found = ofKind(kind).find((d) => d.metadata.name === name);
  expect(found, `${kind} ${name}`).toBeDefined();
  return found!;
};
const services = ["gateway", ...SUBGRAPHS.map((s) => s.module.name)];
const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

describe("deploy/kubernetes", () => {
  it("every document of every file is valid against the Kubernetes API schemas", () => {
    expect(manifests.length).toBeGreaterThan(20);
    for (const { file, doc } of manifests) {
      expect(() => validateAgainstApi(doc), `${file}: ${doc.kind} ${doc.metadata?.name}`).not.toThrow();
      if (doc.kind !== "Namespace") expect(doc.metadata.namespace, `${file}: ${doc.kind}`).toBe(NAMESPACE);
    }
  });

  it("refuses a broken manifest, so the check above can fail", () => {
    const deployment = structuredClone(named("Deployment", "gateway"));
    deployment.spec.template.spec.containers[0].ports[0].containerPort = "four thousand";
    expect(() => validateAgainstApi(deployment)).toThrow(/containerPort/);
    const hpa = structuredClone(named("HorizontalPodAutoscaler", "gateway"));
    delete hpa.spec.scaleTargetRef;
    expect(() => validateAgainstApi(hpa)).toThrow(/scaleTargetRef/);
    const policy = structuredClone(named("NetworkPolicy", "subgraphs"));
    policy.spec.ingress[0].ports[0].port = { number: 4001 };
    expect(() => validateAgainstApi(policy)).toThrow();
    expect(() => validateAgainstApi({ ...deployment, kind: "Deploymnet" })).toThrow(/unknown kind/);
  });

  it("has a Deployment, Service, autoscaler and disruption budget for the gateway and every subgraph, selecting its pods", () => {
    for (const name of services) {
      const deployment = named("Deployment", name);
      const podLabels = deployment.spec.template.metadata.labels as Record<string, string>;
      expect(matches(deployment.spec.selector.matchLabels, podLabels)).toBe(true);
      expect(matches(named("Service", name).spec.selector, podLabels), `Service ${name}`).toBe(true);
      expect(matches(named("PodDisruptionBudget", name).spec.selector.matchLabels, podLabels)).toBe(true);
      const hpa = named("HorizontalPodAutoscaler", name);
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name });
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      expect(named("PodDisruptionBudget", name).spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
    }
    for (const { module, url } of SUBGRAPHS) {
      // The gateway's default URLs name the Service and its port.
      const { hostname, port } = new URL(url);
      expect(hostname).toBe(module.name);
      expect(named("Service", module.name).spec.ports[0].port).toBe(Number(port));
    }
  });

  it("gives every container probes on the health endpoints and resource requests and limits", () => {
    for (const deployment of ofKind("Deployment")) {
      const isGateway = deployment.metadata.name === "gateway";
      const spec = deployment.spec.template.spec;
      for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
        for (const resource of ["cpu", "memory"]) {
          expect(container.resources?.requests?.[resource], `${container.name} requests ${resource}`).toBeDefined();
          expect(container.resources?.limits?.[resource], `${container.name} limits ${resource}`).toBeDefined();
        }
        expect(container.securityContext).toMatchObject({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
        });
      }
      for (const container of spec.containers) {
        const portNames = (container.ports as Array<{ name: string }>).map((p) => p.name);
        expect(container.livenessProbe.httpGet.path).toBe("/health");
        // A subgraph is ready when its database answers; the gateway stays in its Service while a subgraph is down.
        expect(container.readinessProbe.httpGet.path).toBe(isGateway ? "/health" : "/ready");
        for (const probe of [container.livenessProbe, container.readinessProbe]) {
          expect(portNames).toContain(probe.httpGet.port);
        }
      }
      expect(spec.securityContext).toMatchObject({ runAsNonRoot: true });
    }
  });

  it("lets only the gateway reach the subgraphs, and only subgraphs, the migration and the gateway's listener reach PostgreSQL", () => {
    const deny = named("NetworkPolicy", "default-deny");
    expect(deny.spec.podSelector).toEqual({});
    expect(deny.spec.policyTypes.sort()).toEqual(["Egress", "Ingress"]);
    const subgraphPolicy = named("NetworkPolicy", "subgraphs");
    expect(subgraphPolicy.spec.podSelector.matchLabels).toEqual({ "app.kubernetes.io/component": "subgraph" });
    const sources = (subgraphPolicy.spec.ingress as Array<{ from: unknown[] }>).flatMap((rule) => rule.from ?? [null]);
    expect(sources).toEqual([{ podSelector: { matchLabels: { "app.kubernetes.io/component": "gateway" } } }]);
    const postgres = named("NetworkPolicy", "postgresql");
    const dbSources = (postgres.spec.ingress as Array<{ from: unknown[] }>).flatMap((rule) => rule.from ?? [null]);
    expect(dbSources.map((s: any) => s?.podSelector?.matchLabels?.["app.kubernetes.io/component"]).sort()).toEqual([
      "gateway",
      "migration",
      "subgraph",
    ]);
    // The one path between subgraphs: cases asks governance (the directory), and nothing else does.
    const toDirectory = named("NetworkPolicy", "cases-to-directory");
    expect(toDirectory.spec.podSelector.matchLabels).toEqual({ "app.kubernetes.io/name": "cases" });
    expect(toDirectory.spec.egress).toEqual([
      {
        to: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "governance" } } }],
        ports: [{ protocol: "TCP", port: 4001 }],
      },
    ]);
    const fromCases = named("NetworkPolicy", "directory-from-cases");
    expect(fromCases.spec.podSelector.matchLabels).toEqual({ "app.kubernetes.io/name": "governance" });
    expect(fromCases.spec.ingress).toEqual([
      {
        from: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "cases" } } }],
        ports: [{ protocol: "TCP", port: 4001 }],
      },
    ]);
    // Every pod of ours is selected by exactly the policy meant for it.
    for (const deployment of ofKind("Deployment")) {
      const labels = deployment.spec.template.metadata.labels;
      const policy = deployment.metadata.name === "gateway" ? "gateway" : "subgraphs";
      expect(matches(named("NetworkPolicy", policy).spec.podSelector.matchLabels, labels)).toBe(true);
      expect(labels["app.kubernetes.io/component"]).toBe(
        deployment.metadata.name === "gateway" ? "gateway" : "subgraph",
      );
    }
  });

  it("holds no secret: keys and database URLs come from Secrets created outside the manifests", () => {
    expect(ofKind("Secret")).toEqual([]);
    const text = readdirSync(MANIFESTS)
      .map((f) => readFileSync(path.join(MANIFESTS, f), "utf8"))
      .join("\n");
    expect(text).not.toMatch(/postgres(ql)?:\/\//);
    expect(text).not.toMatch(/"kty"|PRIVATE KEY|password:/i);
    const secretVariables = ["DATABASE_URL", "CONTEXT_PRIVATE_KEY", "CONTEXT_PUBLIC_KEY", "GRANTS_NOTIFY_URL"];
    for (const doc of [...ofKind("Deployment"), ...ofKind("Job"), ...ofKind("CronJob")]) {
      const spec = (doc.kind === "CronJob" ? doc.spec.jobTemplate.spec : doc.spec).template.spec;
      for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
        for (const variable of container.env ?? []) {
          if (secretVariables.includes(variable.name)) {
            expect(variable.value, `${doc.metadata.name} ${variable.name}`).toBeUndefined();
            expect(variable.valueFrom?.secretKeyRef?.key).toBe(variable.name);
          }
        }
      }
    }
    // The gateway's private key is given to the gateway only.
    const holders = ofKind("Deployment").filter((d) =>
      JSON.stringify(d).includes('"name":"partnership-gateway","key":"CONTEXT_PRIVATE_KEY"'),
    );
    expect(holders.map((d) => d.metadata.name)).toEqual(["gateway"]);
  });

  it("runs the retention schedule nightly, one run at a time, from the jobs image, with the migration's database and network access", () => {
    const cron = named("CronJob", "partnership-retention");
    expect(cron.spec.schedule).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(cron.spec.concurrencyPolicy).toBe("Forbid");
    const pod = cron.spec.jobTemplate.spec.template;
    const [container] = pod.spec.containers;
    expect(container.command).toEqual(["node", "platform/dist/retention-cli.js"]);
    expect(container.args ?? []).not.toContain("--dry-run");
    const migrate = named("Job", "partnership-migrate").spec.template.spec.containers[0];
    expect(container.image).toBe(`${REGISTRY}-jobs:0.1.0`);
    expect(container.env.find((v: any) => v.name === "DATABASE_URL")).toEqual(
      migrate.env.find((v: any) => v.name === "DATABASE_URL"),
    );
    // Production's clock: nothing pins the day the terms are measured to.
    expect(container.env.map((v: any) => v.name)).not.toContain("PLATFORM_TODAY");
    expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
    expect(matches(named("NetworkPolicy", "migration").spec.podSelector.matchLabels, pod.metadata.labels)).toBe(true);
  });

  describe("gives each service every variable its configuration requires", () => {
    const secrets: Record<string, string> = {};
    beforeAll(async () => {
      const pair = await generateEs256KeyPair("k8s");
      Object.assign(secrets, {
        DATABASE_URL: "postgres://partnership:secret@postgresql:5432/partnership",
        GRANTS_NOTIFY_URL: "postgres://listener:secret@postgresql:5432/partnership",
        CONTEXT_PRIVATE_KEY: JSON.stringify(pair.privateJwk),
        CONTEXT_PUBLIC_KEY: JSON.stringify(pair.publicJwk),
      });
    });
    /** The environment Kubernetes gives a container: its ConfigMaps, then its env, Secrets filled in as an operator would. */
    const environmentOf = (container: any) => {
      const env: Record<string, string> = {};
      for (const source of container.envFrom ?? []) {
        Object.assign(env, named("ConfigMap", source.configMapRef.name).data);
      }
      for (const variable of container.env ?? []) {
        env[variable.name] = variable.value ?? secrets[variable.valueFrom.secretKeyRef.key]!;
      }
      return env;
    };

    it("the gateway", () => {
      const env = environmentOf(named("Deployment", "gateway").spec.template.spec.containers[0]);
      expect(env.NODE_ENV).toBe("production");
      expect(() => readConfig(gatewayConfigSchema(true), env)).not.toThrow();
    });

    it("every subgraph, and its wait for the migration job", () => {
      for (const { module } of SUBGRAPHS) {
        const spec = named("Deployment", module.name).spec.template.spec;
        const container = spec.containers[0];
        expect(container.command).toEqual(["node", `subgraphs/${module.name}/dist/main.js`]);
        const env = environmentOf(container);
        expect(() => readConfig(subgraphConfigSchema, env)).not.toThrow();
        // Cases reads the directory from governance's Service.
        if (module.name === "cases")
          expect(new URL(readConfig(directoryConfigSchema, env).GOVERNANCE_URL).hostname).toBe("governance");
        expect(Number(env.DB_POOL_SIZE)).toBeGreaterThan(0);
        // The subgraph's own image, its own migrations.
        const image = `${REGISTRY}-${module.name}:0.1.0`;
        expect(container.image).toBe(image);
        expect(spec.initContainers[0]).toMatchObject({
          image,
          command: ["node", `subgraphs/${module.name}/dist/migrate.js`, "--wait"],
        });
      }
      const job = named("Job", "partnership-migrate");
      expect(
        job.spec.template.spec.containers.map((c: { image: string; command: string[] }) => [c.image, c.command]),
      ).toEqual(
        SUBGRAPHS.map(({ module }) => [
          `${REGISTRY}-${module.name}:0.1.0`,
          ["node", `subgraphs/${module.name}/dist/migrate.js`],
        ]),
      );
      expect(named("Deployment", "gateway").spec.template.spec.containers[0].image).toBe(`${REGISTRY}-gateway:0.1.0`);
      const retention = named("CronJob", "partnership-retention").spec.jobTemplate;
      const refresh = named("CronJob", "partnership-assessment-refresh").spec.jobTemplate;
      expect(refresh.spec.template.spec.containers[0]).toMatchObject({
        image: `${REGISTRY}-procurement:0.1.0`,
        command: ["node", "subgraphs/procurement/dist/refresh-assessments-cli.js"],
      });
      // Each command runs a script the image builds from these sources.
      const commands = [...ofKind("Deployment"), job, retention, refresh].flatMap((d) =>
        [...d.spec.template.spec.containers, ...(d.spec.template.spec.initContainers ?? [])].map((c) => c.command[1]),
      );
      for (const script of new Set(commands)) {
        expect(existsSync(path.join(ROOT, script.replace("/dist/", "/src/").replace(/\.js$/, ".ts"))), script).toBe(
          true,
        );
      }
    });
  });
});
