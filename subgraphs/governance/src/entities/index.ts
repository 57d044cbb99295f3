import { AgreementGrant } from "./agreement-grant.js";
import { AgreementParty } from "./agreement-party.js";
import { Agency } from "./agency.js";
import { Membership } from "./membership.js";
import { Partnership } from "./partnership.js";
import { Person } from "./person.js";
import { SharingAgreement } from "./sharing-agreement.js";

export { AgreementGrant, AgreementParty, Agency, Membership, Partnership, Person, SharingAgreement };
export { AgencySector } from "./agency-sector.js";
export { MembershipRole } from "./membership.js";
export { AgreementState, AgreementStatus } from "./sharing-agreement.js";

export const entities = [Agency, Person, Partnership, Membership, SharingAgreement, AgreementParty, AgreementGrant];
