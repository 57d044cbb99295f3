import { registerEnumType } from "type-graphql";

/** The kind of organisation an agency is; sharing agreements may grant data to a whole sector. */
export enum AgencySector {
  POLICE = "POLICE",
  LOCAL_AUTHORITY = "LOCAL_AUTHORITY",
  NGO = "NGO",
  HEALTH = "HEALTH",
  FIRE = "FIRE",
  REGULATOR = "REGULATOR",
  UTILITY = "UTILITY",
  CHILDRENS_TRUST = "CHILDRENS_TRUST",
  FAITH_COMMUNITY = "FAITH_COMMUNITY",
  BUSINESS = "BUSINESS",
  ACADEMIC = "ACADEMIC",
}

registerEnumType(AgencySector, {
  name: "AgencySector",
  description: "The kind of organisation an agency is.",
  valuesConfig: {
    POLICE: { description: "Police forces and regional organised crime units." },
    LOCAL_AUTHORITY: {
      description: "Council services: housing, trading standards, licensing, social care and others.",
    },
    NGO: { description: "Voluntary organisations supporting victims." },
    HEALTH: { description: "NHS trusts, GP practices and other health services." },
    FIRE: { description: "Fire and rescue services." },
    REGULATOR: {
      description: "Enforcement and regulatory bodies: GLAA, HMRC, Immigration Enforcement, Environment Agency.",
    },
    UTILITY: { description: "Electricity, gas and water companies." },
    CHILDRENS_TRUST: { description: "Children's services trusts." },
    FAITH_COMMUNITY: { description: "Faith and community organisations." },
    BUSINESS: { description: "Businesses taking part in the partnership." },
    ACADEMIC: { description: "Universities and research centres." },
  },
});
