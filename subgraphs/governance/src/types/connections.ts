import { Connection } from "@partnership/runtime";
import { ObjectType } from "type-graphql";
import { Agency, Partnership, Person, SharingAgreement } from "../entities/index.js";

@ObjectType({ description: "A page of agencies." })
export class AgencyConnection extends Connection(Agency) {}

@ObjectType({ description: "A page of the staff directory." })
export class PersonConnection extends Connection(Person) {}

@ObjectType({ description: "A page of partnerships." })
export class PartnershipConnection extends Connection(Partnership) {}

@ObjectType({ description: "A page of sharing agreements." })
export class SharingAgreementConnection extends Connection(SharingAgreement) {}
