import { Courses1763820000000 } from "./1763820000000-courses.js";

export const migrations = [Courses1763820000000];
