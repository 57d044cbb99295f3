import { runMigrations } from "@partnership/runtime";
import { cases } from "./module.js";

// This image's migration step (the Kubernetes Job, and `--wait` in each pod's init container).
runMigrations(cases);
