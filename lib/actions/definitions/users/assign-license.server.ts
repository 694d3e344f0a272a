import { actionBody } from "../../body";
import { assignLicense } from "./assign-license";
import { licenceBody } from "./license.server";

export default actionBody(assignLicense, licenceBody(true));
