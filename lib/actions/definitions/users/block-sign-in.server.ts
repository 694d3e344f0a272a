import { actionBody } from "../../body";
import { blockSignIn } from "./block-sign-in";
import { signInStateBody } from "./sign-in-state.server";

export default actionBody(blockSignIn, signInStateBody(false));
