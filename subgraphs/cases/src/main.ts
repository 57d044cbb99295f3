import { runSubgraph } from "@partnership/runtime";
import { cases } from "./module.js";

void runSubgraph(cases);
