import { type Clock, demoAgencyId, demoPartnershipId, type Logger } from "@partnership/runtime";
import type { DataSource } from "typeorm";
import {
  ActionStatus,
  Audit,
  AuditFinding,
  AuditKind,
  Contract,
  CorrectiveAction,
  FindingSeverity,
  HighRiskCommodity,
  ModernSlaveryStatement,
  RiskRating,
  StatementArea,
  StatementSource,
  StatementStatus,
  Supplier,
  SupplierLocation,
  SupplierSector,
  TurnoverBand,
  WorkforceTrait,
} from "../entities/index.js";
import { addDays, addMonthsKeepingMonthEnd } from "@partnership/runtime";
import { latestYearEndBefore } from "../services/dates.js";
import { dueDate } from "../services/statement-check.js";
import { refreshAssessments } from "../services/supplier-assessment.js";

const ALL = Object.values(StatementArea);
type StatementShape = "COMPLIANT" | "PARTIAL_BOARD" | "PARTIAL_SIGNER" | "NO_HOME_LINK" | "PREVIOUS_YEAR_ONLY";

interface DemoSupplier {
  name: string;
  companyNumber: string;
  sector: SupplierSector;
  turnoverBand: TurnoverBand;
  website: string;
  workforceTraits?: WorkforceTrait[];
  location?: SupplierLocation;
  commodities?: HighRiskCommodity[];
  statement?: StatementShape;
  contracts: Array<[reference: string, department: string, category: string, value: number, clause: boolean]>;
}

/** Fictional suppliers (names and company numbers made up), statements from compliant to missing. */
const DEMO_SUPPLIERS: DemoSupplier[] = [
  {
    name: "Sandwell Sparkle Hand Car Wash Ltd",
    companyNumber: "90000101",
    sector: SupplierSector.CAR_WASH,
    turnoverBand: TurnoverBand.UNDER_36M,
    website: "https://sandwell-sparkle.example.com",
    workforceTraits: [WorkforceTrait.AGENCY_LABOUR, WorkforceTrait.MIGRANT_WORKERS, WorkforceTrait.LOW_SKILLED],
    contracts: [["SMBC-2025-0101", "Fleet Services", "Fleet vehicle cleaning", 48_000, false]],
  },
  {
    name: "Tipton Waste and Recycling Services Ltd",
    companyNumber: "90000102",
    sector: SupplierSector.WASTE_RECYCLING,
    turnoverBand: TurnoverBand.FROM_60M_TO_100M,
    website: "https://tipton-recycling.example.com",
    workforceTraits: [WorkforceTrait.AGENCY_LABOUR],
    contracts: [["SMBC-2024-0102", "Neighbourhoods", "Household recycling sorting", 2_400_000, true]],
  },
  {
    name: "Black Country Food Packers Ltd",
    companyNumber: "90000103",
    sector: SupplierSector.FOOD_PROCESSING,
    turnoverBand: TurnoverBand.FROM_100M_TO_500M,
    website: "https://bc-food-packers.example.com",
    workforceTraits: [WorkforceTrait.SEASONAL, WorkforceTrait.MIGRANT_WORKERS],
    commodities: [HighRiskCommodity.FOOD_PRODUCE],
    statement: "PARTIAL_BOARD",
    contracts: [["SMBC-2025-0103", "Education", "School meals produce", 1_150_000, true]],
  },
  {
    name: "Oldbury Office Cleaning Group plc",
    companyNumber: "90000104",
    sector: SupplierSector.CLEANING,
    turnoverBand: TurnoverBand.FROM_36M_TO_60M,
    website: "https://oldbury-cleaning.example.com",
    workforceTraits: [WorkforceTrait.LOW_SKILLED, WorkforceTrait.SUBCONTRACTED],
    statement: "PREVIOUS_YEAR_ONLY",
    contracts: [["SMBC-2023-0104", "Corporate Property", "Office cleaning", 620_000, false]],
  },
  {
    name: "Midland Civic Construction Ltd",
    companyNumber: "90000105",
    sector: SupplierSector.CONSTRUCTION,
    turnoverBand: TurnoverBand.OVER_500M,
    website: "https://midland-civic.example.com",
    workforceTraits: [WorkforceTrait.SUBCONTRACTED],
    commodities: [HighRiskCommodity.CONSTRUCTION_MATERIALS],
    statement: "COMPLIANT",
    contracts: [["SMBC-2024-0105", "Regeneration", "Leisure centre build", 18_500_000, true]],
  },
  {
    name: "Rowley Regis Digital Services Ltd",
    companyNumber: "90000106",
    sector: SupplierSector.IT_SERVICES,
    turnoverBand: TurnoverBand.FROM_60M_TO_100M,
    website: "https://rowley-digital.example.com",
    commodities: [HighRiskCommodity.ELECTRONICS],
    statement: "COMPLIANT",
    contracts: [["SMBC-2025-0106", "ICT", "Laptops and support", 730_000, true]],
  },
  {
    name: "West Bromwich Legal Partners LLP",
    companyNumber: "OC900107",
    sector: SupplierSector.PROFESSIONAL_SERVICES,
    turnoverBand: TurnoverBand.UNDER_36M,
    website: "https://wb-legal.example.com",
    contracts: [["SMBC-2025-0107", "Legal Services", "Conveyancing panel", 90_000, true]],
  },
  {
    name: "Smethwick Care Homes Ltd",
    companyNumber: "90000108",
    sector: SupplierSector.SOCIAL_CARE,
    turnoverBand: TurnoverBand.FROM_36M_TO_60M,
    website: "https://smethwick-care.example.com",
    workforceTraits: [WorkforceTrait.MIGRANT_WORKERS],
    statement: "PARTIAL_SIGNER",
    contracts: [["SMBC-2024-0108", "Adult Social Care", "Residential care placements", 3_200_000, false]],
  },
  {
    name: "Wednesbury Uniform Supplies Ltd",
    companyNumber: "90000109",
    sector: SupplierSector.TEXTILES,
    turnoverBand: TurnoverBand.FROM_36M_TO_60M,
    website: "https://wednesbury-uniforms.example.com",
    location: SupplierLocation.OVERSEAS_HIGHER_RISK,
    commodities: [HighRiskCommodity.TEXTILES_COTTON],
    statement: "NO_HOME_LINK",
    contracts: [["SMBC-2025-0109", "Fleet Services", "Staff uniforms", 210_000, true]],
  },
];

/** Loads the demo suppliers in one transaction, once: a second run finds them and does nothing. */
export async function seedDemo(dataSource: DataSource, logger: Logger, clock: Clock): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('procurement.seed'))");
    if (await manager.existsBy(Supplier, { companyNumber: DEMO_SUPPLIERS[0]!.companyNumber })) return;

    const today = clock.today();
    const agencyId = demoAgencyId("SMBC-PROC");
    // The suppliers are shared; the contracts and the audit are the Sandwell partnership's.
    const partnershipId = demoPartnershipId("SANDWELL");
    // The year whose statement is expected now: last year's while this year's is not yet due.
    const latestEnd = latestYearEndBefore("03-31", today);
    const expectedEnd = today <= dueDate(latestEnd) ? addMonthsKeepingMonthEnd(latestEnd, -12) : latestEnd;
    const statementFor = (periodEnd: string, shape: StatementShape) => ({
      periodStart: addDays(addMonthsKeepingMonthEnd(periodEnd, -12), 1),
      periodEnd,
      url: "",
      publishedOn: addMonthsKeepingMonthEnd(periodEnd, shape === "PARTIAL_SIGNER" ? 8 : 3),
      approvedOn: shape === "PARTIAL_BOARD" ? null : addMonthsKeepingMonthEnd(periodEnd, 2),
      signedBy: shape === "PARTIAL_SIGNER" ? "R. Kaur" : "J. Whitehouse",
      signerRole: shape === "PARTIAL_SIGNER" ? "Head of Procurement" : "Chief Executive and Director",
      signedByDirector: shape !== "PARTIAL_SIGNER",
      linkedFromHomePage: shape !== "NO_HOME_LINK",
      submittedToRegistry: shape !== "PARTIAL_BOARD",
      areas:
        shape === "PARTIAL_BOARD"
          ? [StatementArea.STRUCTURE_AND_SUPPLY_CHAINS, StatementArea.POLICIES, StatementArea.RISK_ASSESSMENT]
          : ALL,
      source: StatementSource.MANUAL,
      registryYear: null,
    });

    const ids: string[] = [];
    for (const demo of DEMO_SUPPLIERS) {
      const supplier = await manager.save(
        manager.create(Supplier, {
          name: demo.name,
          companyNumber: demo.companyNumber,
          sector: demo.sector,
          turnoverBand: demo.turnoverBand,
          financialYearEnd: "03-31",
          website: demo.website,
          workforceTraits: demo.workforceTraits ?? [],
          location: demo.location ?? SupplierLocation.UK,
          commodities: demo.commodities ?? [],
          statementStatus: StatementStatus.MISSING,
          riskRating: RiskRating.LOW,
          assessedOn: today,
        }),
      );
      ids.push(supplier.id);
      if (demo.statement) {
        const periodEnd =
          demo.statement === "PREVIOUS_YEAR_ONLY" ? addMonthsKeepingMonthEnd(expectedEnd, -12) : expectedEnd;
        const statement = statementFor(periodEnd, demo.statement);
        await manager.insert(ModernSlaveryStatement, {
          ...statement,
          supplierId: supplier.id,
          url: `${demo.website}/modern-slavery-statement-${periodEnd.slice(0, 4)}`,
        });
      }
      for (const [reference, department, category, value, clause] of demo.contracts) {
        await manager.insert(Contract, {
          partnershipId,
          reference,
          supplierId: supplier.id,
          agencyId,
          department,
          category,
          value,
          startDate: addMonthsKeepingMonthEnd(today, -10),
          endDate: addMonthsKeepingMonthEnd(today, 26),
          modernSlaveryClause: clause,
          codeOfConduct: clause,
        });
      }
    }

    // A site visit to the food packers found problems; one action is already overdue.
    const packers = ids[2]!;
    const audit = await manager.save(
      manager.create(Audit, {
        partnershipId,
        supplierId: packers,
        agencyId,
        kind: AuditKind.SITE_VISIT,
        auditedOn: addMonthsKeepingMonthEnd(today, -3),
        auditor: "SMBC Procurement with GLAA",
      }),
    );
    const findings: Array<[FindingSeverity, string, Array<[string, number, ActionStatus]>]> = [
      [
        FindingSeverity.HIGH,
        "Agency workers' pay slips showed deductions for accommodation above the legal offset.",
        [
          ["Refund excess deductions and show evidence", -1, ActionStatus.IN_PROGRESS],
          ["Audit the labour provider's accommodation charges", 2, ActionStatus.OPEN],
        ],
      ],
      [
        FindingSeverity.MEDIUM,
        "No whistleblowing line in languages other than English.",
        [["Publish the whistleblowing line in the five main languages", 1, ActionStatus.OPEN]],
      ],
    ];
    for (const [severity, description, actions] of findings) {
      const finding = await manager.save(
        manager.create(AuditFinding, {
          auditId: audit.id,
          supplierId: packers,
          agencyId,
          severity,
          description,
          open: true,
        }),
      );
      await manager.insert(
        CorrectiveAction,
        actions.map(([what, dueInMonths, status]) => ({
          findingId: finding.id,
          supplierId: packers,
          agencyId,
          description: what,
          dueOn: addMonthsKeepingMonthEnd(today, dueInMonths),
          status,
          completedOn: null,
        })),
      );
    }
    await refreshAssessments(manager, ids, today);
    logger.info("loaded the demo suppliers (procurement)");
  });
}
