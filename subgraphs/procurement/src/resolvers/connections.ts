import { Connection } from "@partnership/runtime";
import { ObjectType } from "type-graphql";
import { Audit, Contract, CorrectiveAction, Supplier } from "../entities/index.js";

@ObjectType({ description: "A page of suppliers." })
export class SupplierConnection extends Connection(Supplier) {}

@ObjectType({ description: "A page of contracts." })
export class ContractConnection extends Connection(Contract) {}

@ObjectType({ description: "A page of audits." })
export class AuditConnection extends Connection(Audit) {}

@ObjectType({ description: "A page of corrective actions." })
export class CorrectiveActionConnection extends Connection(CorrectiveAction) {}
