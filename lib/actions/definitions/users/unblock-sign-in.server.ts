import { actionBody } from "../../body";
import { signInStateBody } from "./sign-in-state.server";
import { unblockSignIn } from "./unblock-sign-in";

export default actionBody(unblockSignIn, signInStateBody(true));
