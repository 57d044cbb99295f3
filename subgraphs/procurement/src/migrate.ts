import { runMigrations } from "@partnership/runtime";
import { procurement } from "./module.js";

// This image's migration step (the Kubernetes Job, and `--wait` in each pod's init container).
runMigrations(procurement);
