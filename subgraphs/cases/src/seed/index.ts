// The demo data: loaded by the development platform and the tests, never by a deployed service.
export { seedDemo } from "./demo.js";
export { clearSecondPartnershipYear } from "./second-partnership.js";
