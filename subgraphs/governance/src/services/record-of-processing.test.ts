import { DataCategory } from "@partnership/runtime";
import { describe, expect, it } from "vitest";
import { type Agency, type AgreementGrant, type RetentionTerm, type SharingAgreement } from "../entities/index.js";
import { AgencySector, RetentionEvent } from "../entities/enums.js";
import { categoryProcessing } from "./record-of-processing-service.js";

const agency = (shortName: string, sector: AgencySector) => ({ id: `id-${shortName}`, shortName, sector }) as Agency;
const WMP = agency("WMP", AgencySector.POLICE);
const ROCU = agency("ROCU", AgencySector.POLICE);
const SMBC = agency("SMBC", AgencySector.LOCAL_AUTHORITY);
const HFJ = agency("HFJ", AgencySector.NGO);

const grant = (categories: DataCategory[], to: { agency?: Agency; sector?: AgencySector }) =>
  ({ categories, recipientAgencyId: to.agency?.id ?? null, recipientSector: to.sector ?? null }) as AgreementGrant;
const term = (agreementId: string, category: DataCategory, years: number) =>
  ({ agreementId, category, years, months: 0, after: RetentionEvent.CONCERN_CLOSED }) as RetentionTerm;

describe("one category's entry in the record of processing", () => {
  const ops = {
    agreement: { id: "ops", reference: "ISA-1", purpose: "Casework", lawfulBasis: "Art. 6(1)(e)" } as SharingAgreement,
    grants: [
      grant([DataCategory.VICTIM_IDENTITY, DataCategory.STATISTICS], { sector: AgencySector.POLICE }),
      grant([DataCategory.VICTIM_IDENTITY], { agency: SMBC }),
    ],
    parties: [WMP, SMBC, ROCU],
    terms: [term("ops", DataCategory.VICTIM_IDENTITY, 6), term("ops", DataCategory.STATISTICS, 10)],
  };
  const support = {
    agreement: { id: "vsp", reference: "ISA-2", purpose: "Support", lawfulBasis: "Art. 6(1)(e)" } as SharingAgreement,
    grants: [grant([DataCategory.VICTIM_IDENTITY], { sector: AgencySector.NGO })],
    parties: [SMBC, HFJ],
    terms: [term("vsp", DataCategory.VICTIM_IDENTITY, 3)],
  };

  it("gathers purposes, bases, parties, recipients (a sector's parties only), terms and agreements", () => {
    const entry = categoryProcessing(DataCategory.VICTIM_IDENTITY, [ops, support]);
    expect(entry.shared).toBe(true);
    expect(entry.purposes).toEqual(["Casework", "Support"]);
    expect(entry.lawfulBases).toEqual(["Art. 6(1)(e)"]);
    expect(entry.parties.map((a) => a.shortName)).toEqual(["HFJ", "ROCU", "SMBC", "WMP"]);
    expect(entry.recipientAgencies.map((a) => a.shortName)).toEqual(["HFJ", "ROCU", "SMBC", "WMP"]);
    expect(entry.recipientSectors).toEqual([AgencySector.POLICE, AgencySector.NGO]);
    expect(entry.retention.map((t) => [t.agreementId, t.years])).toEqual([
      ["ops", 6],
      ["vsp", 3],
    ]);
    expect(entry.agreements.map((a) => a.reference)).toEqual(["ISA-1", "ISA-2"]);
  });

  it("reaches only the agreements granting the category", () => {
    const entry = categoryProcessing(DataCategory.STATISTICS, [ops, support]);
    expect(entry.agreements.map((a) => a.reference)).toEqual(["ISA-1"]);
    expect(entry.recipientAgencies.map((a) => a.shortName)).toEqual(["ROCU", "WMP"]);
    const none = categoryProcessing(DataCategory.HEALTH, [ops, support]);
    expect(none).toMatchObject({ shared: false, purposes: [], parties: [], recipientAgencies: [], retention: [] });
    expect(none.controllerSectors).toContain(AgencySector.HEALTH);
  });
});
