import { actionBody } from "../../body";
import { membershipBody } from "./membership.server";
import { removeGroupMember } from "./remove-member";

export default actionBody(removeGroupMember, membershipBody(false));
