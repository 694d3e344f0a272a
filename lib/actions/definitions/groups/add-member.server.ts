import { actionBody } from "../../body";
import { addGroupMember } from "./add-member";
import { membershipBody } from "./membership.server";

export default actionBody(addGroupMember, membershipBody(true));
