import { Connection } from "@partnership/runtime";
import { ObjectType } from "type-graphql";
import { ActionPlan, MaturityAssessment, Meeting } from "../entities/index.js";

@ObjectType({ description: "A page of action plans." })
export class ActionPlanConnection extends Connection(ActionPlan) {}

@ObjectType({ description: "A page of partnership meetings." })
export class MeetingConnection extends Connection(Meeting) {}

@ObjectType({ description: "A page of maturity self-assessments." })
export class MaturityAssessmentConnection extends Connection(MaturityAssessment) {}
