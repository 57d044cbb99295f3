import { DataCategory, Public, Role } from "@partnership/runtime";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { AgencySector } from "../entities/enums.js";

@ObjectType({ description: "A data category an agency holds, and the agreement that grants it." })
@Directive("@inaccessible")
@Public()
export class CategoryGrant {
  @Field(() => DataCategory, { description: "The category granted." })
  category: DataCategory;

  @Field(() => ID, { description: "The sharing agreement granting it." })
  agreementId: string;
}

@ObjectType({ description: "A network the acting partnership belongs to, with its member partnerships." })
@Directive("@inaccessible")
@Public()
export class NetworkRefProfile {
  @Field(() => ID, { description: "The network." })
  id: string;

  @Field(() => [ID], { description: "Its member partnerships." })
  partnershipIds: string[];
}

@ObjectType({
  description: "A member agency of the acting partnership, with what the other subgraphs need of the directory.",
})
@Directive("@inaccessible")
@Public()
export class MemberAgencyProfile {
  @Field(() => ID, { description: "The agency." })
  id: string;

  @Field(() => String, { description: "Its short name, e.g. 'WMP'." })
  shortName: string;

  @Field(() => AgencySector, { description: "Its sector." })
  sector: AgencySector;

  @Field(() => Boolean, {
    description: "Whether it is on the statutory list of first responder organisations (it may refer into the NRM).",
  })
  firstResponder: boolean;
}

@ObjectType({ description: "The partnership a request acts in, as every subgraph needs it." })
@Directive("@inaccessible")
@Public()
export class ActingPartnershipProfile {
  @Field(() => ID, { description: "The partnership." })
  id: string;

  @Field(() => String, { description: "Its reference prefix." })
  referencePrefix: string;

  @Field(() => [ID], { description: "Its member agencies today." })
  memberAgencyIds: string[];

  @Field(() => [MemberAgencyProfile], {
    description: "Its member agencies today (the same as memberAgencyIds), each with its short name, sector and flag.",
  })
  memberAgencies: MemberAgencyProfile[];

  @Field(() => [ID], { description: "The member agencies that chair it today: they speak for the partnership." })
  chairAgencyIds: string[];

  @Field(() => [NetworkRefProfile], { description: "The networks it belongs to." })
  networks: NetworkRefProfile[];
}

@ObjectType({ description: "A partnership the caller's agency is a member of." })
@Directive("@inaccessible")
@Public()
export class PartnershipChoiceProfile {
  @Field(() => ID, { description: "The partnership." })
  id: string;

  @Field(() => String, { description: "Its name." })
  name: string;
}

@ObjectType({
  description:
    "What the gateway needs to know about a caller: their agency, the partnership they act in, their roles and grants there.",
})
@Directive("@inaccessible")
@Public()
export class CallerProfile {
  @Field(() => ID, { description: "The agency." })
  agencyId: string;

  @Field(() => String, { description: "The agency's short name." })
  shortName: string;

  @Field(() => AgencySector, { description: "The agency's sector." })
  sector: AgencySector;

  @Field(() => [CategoryGrant], {
    description: "The categories the acting partnership's agreements grant the agency today.",
  })
  grants: CategoryGrant[];

  @Field(() => ActingPartnershipProfile, {
    nullable: true,
    description:
      "The partnership the caller acts in; null when none was asked for and none could be chosen, or the agency is not a member of the one asked for.",
  })
  partnership: ActingPartnershipProfile | null;

  @Field(() => [PartnershipChoiceProfile], { description: "The partnerships the agency is a member of today." })
  choices: PartnershipChoiceProfile[];

  @Field(() => [Role], {
    description: "The roles the directory gives this user in the acting partnership, and on the platform.",
  })
  roles: Role[];
}

@ObjectType({
  description:
    "What the gateway needs to know about a machine client (a partner system with a client-credentials token): its registration, and, while it is active, its caller profile.",
})
@Directive("@inaccessible")
@Public()
export class MachineCallerProfile {
  @Field(() => ID, { description: "The registration." })
  registrationId: string;

  @Field(() => String, { description: "The system's registered name, e.g. 'WMP records system'." })
  name: string;

  @Field(() => String, {
    description:
      "The identity its requests carry as the caller's user (`client:<clientId>`): what the audit trail names it by.",
  })
  userId: string;

  @Field(() => ID, { description: "The agency it acts for." })
  agencyId: string;

  @Field(() => ID, { description: "The one partnership it acts in." })
  partnershipId: string;

  @Field(() => Date, { nullable: true, description: "When the registration was revoked; null while active." })
  revokedAt: Date | null;

  @Field(() => CallerProfile, {
    nullable: true,
    description:
      "The agency's profile in the registration's partnership, with the registration's roles (not any role the directory gives the agency's people); null once revoked, or when the agency is no longer in the directory.",
  })
  profile: CallerProfile | null;
}
