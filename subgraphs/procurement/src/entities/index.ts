import { Assessment, Audit, AuditFinding, CorrectiveAction } from "./assurance.js";
import { Contract } from "./contract.js";
import { ModernSlaveryStatement } from "./statement.js";
import { Supplier } from "./supplier.js";

export { Assessment, Audit, AuditFinding, Contract, CorrectiveAction, ModernSlaveryStatement, Supplier };
export * from "./enums.js";
export * from "./check-types.js";
export { Network, Partnership } from "./references.js";

export const entities = [Supplier, Contract, ModernSlaveryStatement, Assessment, Audit, AuditFinding, CorrectiveAction];
