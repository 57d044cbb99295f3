import { runSubgraph } from "@partnership/runtime";
import { procurement } from "./module.js";

void runSubgraph(procurement);
