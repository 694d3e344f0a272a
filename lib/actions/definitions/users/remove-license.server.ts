import { actionBody } from "../../body";
import { licenceBody } from "./license.server";
import { removeLicense } from "./remove-license";

export default actionBody(removeLicense, licenceBody(false));
