export * from "./gql";
