import { Connection } from "@partnership/runtime";
import { ObjectType } from "type-graphql";
import { MachineClient } from "../entities/index.js";

@ObjectType({ description: "A page of registered machine clients." })
export class MachineClientConnection extends Connection(MachineClient) {}
