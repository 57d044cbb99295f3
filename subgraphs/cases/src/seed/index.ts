// The demo data: loaded by the development platform and the tests, never by a deployed service.
export { seedDemo } from "./demo.js";
export { clearSecondPartnershipYear } from "./second-partnership.js";
// Large synthetic casework for the benchmarks, never part of the demo.
export { AGENCIES_PER_PARTNERSHIP, type LargePartnership, seedLarge, SANDWELL_LARGE } from "./large.js";
