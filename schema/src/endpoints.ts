// The supergraph's file and the subgraphs' endpoints belong to the gateway's side of the line
// (@partnership/supergraph); composition writes the file there.
export * from "@partnership/supergraph";
