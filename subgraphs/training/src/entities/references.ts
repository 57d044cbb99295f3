import { AgencyStub, NetworkStub, PartnershipStub, PersonStub } from "@partnership/runtime";

/** The partnership's Agency (governance), extended here with its training. */
export const Agency = AgencyStub();
export type Agency = InstanceType<typeof Agency>;

/**
 * The directory's Person (governance), extended here with their training, found by work email. The
 * email is the same PERSONNEL detail as in the directory; whose person it is comes from training's
 * own delegate row in the acting partnership, never from a representation, which any caller can write.
 */
export const Person = PersonStub();
export type Person = InstanceType<typeof Person> & {
  /** The person's delegate row in the acting partnership, if it trained them. */
  delegateId: string | null;

  /** The agency that row records them at: the owner of their training record here. */
  agencyId: string | null;
};

/** The partnership (governance), extended here with its training figures for the annual report. */
export const Partnership = PartnershipStub();
export type Partnership = InstanceType<typeof Partnership>;

/** A network of partnerships (governance), extended here with its aggregate training figures. */
export const Network = NetworkStub();
export type Network = InstanceType<typeof Network>;
