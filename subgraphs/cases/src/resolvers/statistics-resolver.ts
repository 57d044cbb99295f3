import {
  actingPartnership,
  badUserInput,
  type BreakdownOptions,
  DataCategory,
  isUuid,
  LocalDate,
  Public,
  Sensitive,
} from "@partnership/runtime";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { CasesContext } from "../context.js";
import { Area, NOT_RECORDED } from "../entities/index.js";
import { agencyAndAgeGroupKey, type CountRow, type StatisticsScope } from "../services/case-statistics-service.js";
import { byAgency, detailAccess, named, published } from "./published-counts.js";
import {
  CountByAgency,
  CountByAgencyAndAgeGroup,
  CountByArea,
  CountByKey,
  Figure,
  FigureSource,
} from "../types/outputs.js";
import { CaseStatistics } from "../types/statistics.js";

type Counter = (scope: StatisticsScope) => Promise<CountRow[]>;

/** A checked period and area of one partnership. */
export function statisticsScope(
  partnershipId: string,
  from: string,
  to: string,
  areaId?: string | null,
  ward?: string | null,
): CaseStatistics {
  if (to < from) throw badUserInput("to", `the period ends (${to}) before it starts (${from})`);
  if (ward != null && (ward.length < 2 || ward.length > 100)) throw badUserInput("ward", "must be 2 to 100 characters");
  return { partnershipId, from, to, areaId: areaId ?? null, ward: ward ?? null };
}

@Resolver(() => CaseStatistics)
export class CaseStatisticsResolver {
  @Query(() => CaseStatistics, {
    description:
      "The casework figures of the partnership the request acts in, for a period (both days included) and, optionally, one of its areas or a ward.",
  })
  async caseStatistics(
    @Arg("from", () => LocalDate, { description: "First day of the period." }) from: string,
    @Arg("to", () => LocalDate, { description: "Last day of the period; not before `from`." }) to: string,
    @Arg("areaId", () => ID, {
      nullable: true,
      description: "Only concerns about premises in this area of the partnership (a town's wards included).",
    })
    areaId: string | null,
    @Arg("ward", () => String, { nullable: true, description: "Only concerns about premises in this ward." })
    ward: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<CaseStatistics> {
    const partnershipId = actingPartnership(ctx.caller).id;
    if (areaId != null && !(isUuid(areaId) && (await ctx.loaders.area.load(areaId))))
      throw badUserInput("areaId", `the partnership has no area with id ${areaId}`);
    return statisticsScope(partnershipId, from, to, areaId, ward);
  }

  @FieldResolver(() => Area, { nullable: true, description: "The area the figures are limited to, if any." })
  @Public()
  area(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return scope.areaId ? ctx.loaders.area.load(scope.areaId) : null;
  }

  /** A headline figure of the period, through the suppression routine, comparable with the period before. */
  private figure(
    ctx: CasesContext,
    categories: DataCategory | DataCategory[],
    counter: (scope: StatisticsScope) => Promise<number>,
    scope: CaseStatistics,
  ): Promise<Figure> {
    const source = new FigureSource((period) => counter({ ...scope, ...period }), detailAccess(ctx, categories));
    return source.figure({ from: scope.from, to: scope.to });
  }

  /** Rows keyed by the value counted; the withheld ones folded into one row, keyed SUPPRESSED. */
  private async breakdown(
    ctx: CasesContext,
    categories: DataCategory | DataCategory[],
    counter: Counter,
    scope: StatisticsScope,
    options?: BreakdownOptions,
  ): Promise<CountByKey[]> {
    return named(published(await counter(scope), detailAccess(ctx, categories), options));
  }

  /** Rows keyed by an agency id; the withheld ones folded into one row that names no agency. */
  private async byAgency(ctx: CasesContext, category: DataCategory, counter: Counter, scope: StatisticsScope) {
    return byAgency(published(await counter(scope), detailAccess(ctx, category)));
  }

  private async published(ctx: CasesContext, category: DataCategory, counter: Counter, scope: StatisticsScope) {
    return published(await counter(scope), detailAccess(ctx, category));
  }

  @FieldResolver(() => Figure, { nullable: true, description: "Concerns received (CASE_SUMMARY)." })
  @Sensitive(DataCategory.STATISTICS)
  concerns(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.figure(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.concerns, scope);
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description: "Concerns by calendar quarter; the key is the quarter's first day, e.g. '2019-04-01' (CASE_SUMMARY).",
  })
  @Sensitive(DataCategory.STATISTICS)
  concernsByQuarter(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.concernsByQuarter, scope, { order: "given" });
  }

  @FieldResolver(() => [CountByArea], {
    nullable: true,
    description:
      "Concerns by the partnership's area their premises are in, most first; `area` is empty for premises not known (CASE_SUMMARY).",
  })
  @Sensitive(DataCategory.STATISTICS)
  async concernsByArea(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext): Promise<CountByArea[]> {
    const counted = await this.published(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.concernsByArea, scope);
    const areas = await ctx.loaders.area.loadMany(
      counted.flatMap((row) => (row.key === null || row.key === NOT_RECORDED ? [] : [row.key])),
    );
    const byId = new Map(areas.filter((area): area is Area => area instanceof Area).map((area) => [area.id, area]));
    // The folded row of withheld areas names none: its area is empty and `suppressed` true.
    return counted.map(({ key, ...count }) => ({ area: key === null ? null : (byId.get(key) ?? null), ...count }));
  }

  @FieldResolver(() => [CountByKey], { nullable: true, description: "Concerns by ward (CASE_SUMMARY)." })
  @Sensitive(DataCategory.STATISTICS)
  concernsByWard(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.concernsByWard, scope);
  }

  @FieldResolver(() => [CountByKey], { nullable: true, description: "Concerns by type of premises (CASE_SUMMARY)." })
  @Sensitive(DataCategory.STATISTICS)
  concernsByLocationType(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.concernsByLocationType, scope);
  }

  @FieldResolver(() => [CountByKey], { nullable: true, description: "Concerns by who raised them (CASE_SUMMARY)." })
  @Sensitive(DataCategory.STATISTICS)
  concernsBySource(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.concernsBySource, scope);
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description: "Concerns by kind of exploitation; a concern about several kinds counts under each (CASE_SUMMARY).",
  })
  @Sensitive(DataCategory.STATISTICS)
  concernsByExploitationType(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.concernsByExploitationType, scope);
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description: "Concerns by the response decided at screening; NOT_RECORDED before it is (CASE_SUMMARY).",
  })
  @Sensitive(DataCategory.STATISTICS)
  concernsByResponseLevel(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.concernsByResponseLevel, scope);
  }

  @FieldResolver(() => Figure, { nullable: true, description: "People screened for modern slavery (CASE_SUMMARY)." })
  @Sensitive(DataCategory.STATISTICS)
  peopleScreened(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.figure(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.peopleScreened, scope);
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description: "People screened by gender (VICTIM_DEMOGRAPHICS).",
  })
  @Sensitive(DataCategory.STATISTICS)
  peopleScreenedByGender(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.VICTIM_DEMOGRAPHICS, ctx.statistics.peopleScreenedByGender, scope);
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description: "People screened by nationality as given; NOT_RECORDED where none was (VICTIM_DEMOGRAPHICS).",
  })
  @Sensitive(DataCategory.STATISTICS)
  peopleScreenedByNationality(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.VICTIM_DEMOGRAPHICS, ctx.statistics.peopleScreenedByNationality, scope);
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description: "People screened by age group: adult, minor, unknown (VICTIM_DEMOGRAPHICS).",
  })
  @Sensitive(DataCategory.STATISTICS)
  peopleScreenedByAgeGroup(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.VICTIM_DEMOGRAPHICS, ctx.statistics.peopleScreenedByAgeGroup, scope);
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description: "People screened by the kind of exploitation they disclosed or showed (CASE_SUMMARY).",
  })
  @Sensitive(DataCategory.STATISTICS)
  peopleScreenedByExploitationType(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.peopleScreenedByExploitationType, scope);
  }

  @FieldResolver(() => Figure, { nullable: true, description: "Multi-agency disruption visits (CASE_SUMMARY)." })
  @Sensitive(DataCategory.STATISTICS)
  visits(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.figure(ctx, DataCategory.CASE_SUMMARY, ctx.statistics.visits, scope);
  }

  @FieldResolver(() => Figure, { nullable: true, description: "Interventions by partner agencies (ENFORCEMENT)." })
  @Sensitive(DataCategory.STATISTICS)
  interventions(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.figure(ctx, DataCategory.ENFORCEMENT, ctx.statistics.interventions, scope);
  }

  @FieldResolver(() => [CountByAgency], { nullable: true, description: "Interventions by agency (ENFORCEMENT)." })
  @Sensitive(DataCategory.STATISTICS)
  interventionsByAgency(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.byAgency(ctx, DataCategory.ENFORCEMENT, ctx.statistics.interventionsByAgency, scope);
  }

  @FieldResolver(() => [CountByKey], { nullable: true, description: "Interventions by type (ENFORCEMENT)." })
  @Sensitive(DataCategory.STATISTICS)
  interventionsByType(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.ENFORCEMENT, ctx.statistics.interventionsByType, scope);
  }

  @FieldResolver(() => Figure, { nullable: true, description: "NRM referrals made (SAFEGUARDING)." })
  @Sensitive(DataCategory.STATISTICS)
  nrmReferrals(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.figure(ctx, DataCategory.SAFEGUARDING, ctx.statistics.nrmReferrals, scope);
  }

  @FieldResolver(() => [CountByAgency], {
    nullable: true,
    description: "NRM referrals by the first responder organisation that made them (SAFEGUARDING).",
  })
  @Sensitive(DataCategory.STATISTICS)
  nrmReferralsByReferringAgency(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.byAgency(ctx, DataCategory.SAFEGUARDING, ctx.statistics.nrmReferralsByReferringAgency, scope);
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description:
      "NRM referrals by the age group of the person when referred: always three rows, ADULT, MINOR and UNKNOWN in this order (0 where none), as the Home Office's NRM statistics keep them; a person whose age is not known is counted under UNKNOWN, never as a minor (SAFEGUARDING).",
  })
  @Sensitive(DataCategory.STATISTICS)
  nrmReferralsByAgeGroup(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.SAFEGUARDING, ctx.statistics.nrmReferralsByAgeGroup, scope, {
      order: "given",
    });
  }

  @FieldResolver(() => [CountByAgencyAndAgeGroup], {
    nullable: true,
    description:
      "NRM referrals by the first responder organisation that made them and the age group of the person referred (adult, minor, age not known): the cells of a first responder × age table, most first; an empty cell has no row (SAFEGUARDING).",
  })
  @Sensitive(DataCategory.STATISTICS)
  async nrmReferralsByReferringAgencyAndAgeGroup(
    @Root() scope: CaseStatistics,
    @Ctx() ctx: CasesContext,
  ): Promise<CountByAgencyAndAgeGroup[]> {
    const rows = await this.published(
      ctx,
      DataCategory.SAFEGUARDING,
      ctx.statistics.nrmReferralsByReferringAgencyAndAgeGroup,
      scope,
    );
    return rows.map(({ key, ...count }) => {
      if (key === null) return { agencyId: null, agency: null, ageGroup: null, ...count };
      const { agencyId, ageGroup } = agencyAndAgeGroupKey(key);
      return { agencyId, agency: { id: agencyId }, ageGroup, ...count };
    });
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description:
      "NRM referrals by the kinds of exploitation of the person referred, taken together: each referral counts once, under its combination. The key is the kinds, each once, in alphabetical order joined by '+', e.g. 'CRIMINAL+LABOUR' for a person exploited for labour and for crime; a single kind alone, e.g. 'SEXUAL' (SAFEGUARDING and CASE_SUMMARY).",
  })
  @Sensitive(DataCategory.STATISTICS)
  nrmReferralsByExploitationTypes(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(
      ctx,
      [DataCategory.SAFEGUARDING, DataCategory.CASE_SUMMARY],
      ctx.statistics.nrmReferralsByExploitationTypes,
      scope,
    );
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description:
      "NRM referrals by the nationality of the person referred, as given; NOT_RECORDED where none was. Counts referrals, not people screened (SAFEGUARDING and VICTIM_DEMOGRAPHICS).",
  })
  @Sensitive(DataCategory.STATISTICS)
  nrmReferralsByNationality(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(
      ctx,
      [DataCategory.SAFEGUARDING, DataCategory.VICTIM_DEMOGRAPHICS],
      ctx.statistics.nrmReferralsByNationality,
      scope,
    );
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description:
      "NRM referrals by the gender of the person referred, as recorded at screening (SAFEGUARDING and VICTIM_DEMOGRAPHICS).",
  })
  @Sensitive(DataCategory.STATISTICS)
  nrmReferralsByGender(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(
      ctx,
      [DataCategory.SAFEGUARDING, DataCategory.VICTIM_DEMOGRAPHICS],
      ctx.statistics.nrmReferralsByGender,
      scope,
    );
  }

  @FieldResolver(() => Figure, {
    nullable: true,
    description: "Duty-to-notify (MS1) reports for adults who declined the NRM (SAFEGUARDING).",
  })
  @Sensitive(DataCategory.STATISTICS)
  dutyToNotifyReports(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.figure(ctx, DataCategory.SAFEGUARDING, ctx.statistics.dutyToNotifyReports, scope);
  }

  @FieldResolver(() => [CountByAgency], {
    nullable: true,
    description: "Duty-to-notify (MS1) reports by the public authority that made them (SAFEGUARDING).",
  })
  @Sensitive(DataCategory.STATISTICS)
  dutyToNotifyReportsByAgency(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.byAgency(ctx, DataCategory.SAFEGUARDING, ctx.statistics.dutyToNotifyReportsByAgency, scope);
  }

  @FieldResolver(() => Figure, { nullable: true, description: "Arrests (OFFENDER_IDENTITY)." })
  @Sensitive(DataCategory.STATISTICS)
  arrests(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.figure(ctx, DataCategory.OFFENDER_IDENTITY, ctx.statistics.arrests, scope);
  }

  @FieldResolver(() => [CountByKey], {
    nullable: true,
    description: "Slavery and trafficking prevention and risk orders granted, by kind (OFFENDER_IDENTITY).",
  })
  @Sensitive(DataCategory.STATISTICS)
  ordersByKind(@Root() scope: CaseStatistics, @Ctx() ctx: CasesContext) {
    return this.breakdown(ctx, DataCategory.OFFENDER_IDENTITY, ctx.statistics.ordersByKind, scope);
  }
}
