// The demo data: loaded by the development platform and the tests, never by a deployed service.
export {
  DEMO_AGENCIES,
  DEMO_PARTNERSHIP,
  DEMO_SECOND_AGENCIES,
  DEMO_SECOND_MEMBERS,
  DEMO_SECOND_PARTNERSHIP,
  demoAgreements,
  demoSecondAgreements,
  type DemoAgency,
  type DemoAgreement,
  type DemoRetention,
} from "./demo-data.js";
export { DEMO_PLATFORM_ADMIN_USER_ID, seedDemo } from "./demo.js";
export { type RegionalAgency, type RegionalPartnership, seedRegionalPartnerships } from "./regional.js";
