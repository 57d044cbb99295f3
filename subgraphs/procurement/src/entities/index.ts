import { Supplier } from "./supplier.js";

export { Supplier };

export const entities = [Supplier];
