import { runSubgraph } from "@partnership/runtime";
import { governance } from "./module.js";

void runSubgraph(governance);
