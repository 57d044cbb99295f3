import { Completion } from "./completion.js";
import { Course } from "./course.js";
import { Delegate } from "./delegate.js";
import { TrainingSession } from "./training-session.js";

export { Completion, Course, Delegate, TrainingSession };
export * from "./enums.js";
export { Agency, Network, Partnership, Person } from "./references.js";

export const entities = [Course, TrainingSession, Delegate, Completion];
