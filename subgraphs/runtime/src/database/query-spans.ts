import { context, SpanKind, SpanStatusCode, trace, type Tracer } from "@opentelemetry/api";
import type { DataSource, QueryRunner } from "typeorm";

/** Long statements are cut in the span: the first part says which one it was. */
const MAX_STATEMENT = 2_000;

/** The statement's first word (SELECT, INSERT, WITH…), for the span's name. */
function operationOf(statement: string): string {
  return /^\s*([A-Za-z]+)/.exec(statement)?.[1]?.toUpperCase() ?? "SQL";
}

/**
 * A CLIENT span for every SQL statement a data source sends while a request is traced. Every query
 * (repositories, query builders, `dataSource.query`, transactions) goes through a query runner's
 * `query`, and every query runner comes from the driver, so wrapping the driver's factory covers
 * them all in one place, without patching the pg module (which a test runner's module loader may
 * not let an instrumentation patch). The span carries the statement's text, never its parameters:
 * those are the values asked about (names, dates of birth, intelligence). A statement sent outside
 * any traced request (migrations, seeding, background loops) gets no span: it would start a trace
 * of its own every time.
 */
export function traceQueries(dataSource: DataSource, tracer: Tracer, schema: string): void {
  const driver = dataSource.driver;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    const query = runner.query.bind(runner) as QueryRunner["query"];
    runner.query = ((statement: string, parameters?: unknown[], structured?: boolean) => {
      if (!trace.getSpan(context.active())?.isRecording()) return query(statement, parameters, structured as never);
      const operation = operationOf(statement);
      return tracer.startActiveSpan(
        `${operation} ${schema}`,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            "db.system.name": "postgresql",
            "db.namespace": schema,
            "db.operation.name": operation,
            "db.query.text": statement.slice(0, MAX_STATEMENT),
          },
        },
        async (span) => {
          try {
            return await query(statement, parameters, structured as never);
          } catch (error) {
            // The driver's message may quote a value (a violated constraint's key): the SQLSTATE only.
            span.setStatus({ code: SpanStatusCode.ERROR, message: (error as { code?: string }).code ?? "error" });
            throw error;
          } finally {
            span.end();
          }
        },
      );
    }) as QueryRunner["query"];
    return runner;
  };
}
