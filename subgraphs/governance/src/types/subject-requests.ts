import { Connection } from "@partnership/runtime";
import { ObjectType } from "type-graphql";
import { SubjectRequest } from "../entities/index.js";

@ObjectType({ description: "A page of data subjects' requests." })
export class SubjectRequestConnection extends Connection(SubjectRequest) {}
