import { runSubgraph } from "@partnership/runtime";
import { training } from "./module.js";

void runSubgraph(training);
