import { Course } from "./course.js";

export { Course };

export const entities = [Course];
