import { badUserInput, isUuid, PageArgs, Public, Role, Roles } from "@partnership/runtime";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context.js";
import { ActionStatus, Assessment, Audit, AuditFinding, CorrectiveAction, Supplier } from "../entities/index.js";
import { RecordAssessmentInput, RecordAuditInput, UpdateCorrectiveActionInput } from "../inputs/procurement-inputs.js";
import { AuditConnection, CorrectiveActionConnection } from "../types/outputs.js";

@Resolver(() => Audit)
export class AuditResolver {
  @Query(() => AuditConnection, {
    description: "The audits of the partnership the request acts in, oldest first, a page at a time.",
  })
  audits(
    @Arg("supplierId", () => ID, { nullable: true, description: "Only this supplier's audits." })
    supplierId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProcurementContext,
  ) {
    if (supplierId && !isUuid(supplierId)) throw badUserInput("supplierId", "must be a supplier id");
    return ctx.assurance.listAudits(supplierId, page, ctx.caller);
  }

  @Query(() => CorrectiveActionConnection, {
    description:
      "Corrective actions of the partnership's audits past their due date and not done, the longest overdue first.",
  })
  overdueCorrectiveActions(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: ProcurementContext) {
    return ctx.assurance.overdueActions(page, ctx.caller);
  }

  @FieldResolver(() => Supplier, { description: "The audited supplier." })
  supplier(@Root() audit: Audit, @Ctx() ctx: ProcurementContext) {
    return ctx.loaders.supplier.load(audit.supplierId);
  }

  @FieldResolver(() => [AuditFinding], { description: "What the audit found." })
  findings(@Root() audit: Audit, @Ctx() ctx: ProcurementContext) {
    return ctx.loaders.findingsOfAudit.load(audit.id);
  }

  @Mutation(() => Assessment, {
    description:
      "Records a due-diligence assessment by the caller's agency, in the partnership the request acts in (the agency must be a member of it). Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  recordAssessment(
    @Arg("input", () => RecordAssessmentInput, { description: "The assessment." }) input: RecordAssessmentInput,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.assurance.recordAssessment(input, ctx.caller);
  }

  @Mutation(() => Audit, {
    description:
      "Records an audit by the caller's agency with its findings and corrective actions, in one go, in the partnership the request acts in (the agency must be a member of it). Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  recordAudit(
    @Arg("input", () => RecordAuditInput, { description: "The audit." }) input: RecordAuditInput,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.assurance.recordAudit(input, ctx.caller);
  }

  @Mutation(() => CorrectiveAction, {
    description:
      "Moves a corrective action of the partnership the request acts in on (another partnership's is NOT_FOUND); a finding closes when all its actions are done. Procurement officers and partnership administrators.",
  })
  @Roles(Role.PROCUREMENT_OFFICER, Role.PARTNERSHIP_ADMIN)
  updateCorrectiveAction(
    @Arg("input", () => UpdateCorrectiveActionInput, { description: "The action and its status." })
    input: UpdateCorrectiveActionInput,
    @Ctx() ctx: ProcurementContext,
  ) {
    return ctx.assurance.updateCorrectiveAction(input, ctx.caller);
  }
}

@Resolver(() => AuditFinding)
export class AuditFindingResolver {
  @FieldResolver(() => [CorrectiveAction], { description: "What the supplier must do about it." })
  @Public()
  actions(@Root() finding: AuditFinding, @Ctx() ctx: ProcurementContext) {
    return ctx.loaders.actionsOfFinding.load(finding.id);
  }
}

@Resolver(() => CorrectiveAction)
export class CorrectiveActionResolver {
  @FieldResolver(() => Boolean, { description: "True when past its due date and not done." })
  overdue(@Root() action: CorrectiveAction, @Ctx() ctx: ProcurementContext): boolean {
    return action.status !== ActionStatus.DONE && action.dueOn < ctx.clock.today();
  }

  @FieldResolver(() => Supplier, { description: "The supplier that must act." })
  supplier(@Root() action: CorrectiveAction, @Ctx() ctx: ProcurementContext) {
    return ctx.loaders.supplier.load(action.supplierId);
  }
}
