import { runMigrations } from "@partnership/runtime";
import { training } from "./module.js";

// This image's migration step (the Kubernetes Job, and `--wait` in each pod's init container).
runMigrations(training);
