/** What a user may do; carried in the user's token and in the caller context. */
export enum Role {
  COORDINATOR = "COORDINATOR",
  CASEWORKER = "CASEWORKER",
  TRAINING_ADMIN = "TRAINING_ADMIN",
  PROCUREMENT_OFFICER = "PROCUREMENT_OFFICER",
  PARTNERSHIP_ADMIN = "PARTNERSHIP_ADMIN",
  AUDITOR = "AUDITOR",
  /** Answers data subjects' requests (access, rectification, erasure) and reads what is held about them. */
  DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER",
  READ_ONLY = "READ_ONLY",
  /** Creates partnerships and their first administrators; holds nothing inside any partnership. */
  PLATFORM_ADMIN = "PLATFORM_ADMIN",
  /** The gateway itself, asking governance for a caller's grants. Never given to a user. */
  SYSTEM = "SYSTEM",
}

export const USER_ROLES: readonly Role[] = Object.values(Role).filter((role) => role !== Role.SYSTEM);
