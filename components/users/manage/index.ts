export { CreateUserButton } from "./create-user-button";
export { EditUserButton } from "./edit-user-button";
export { UserGroups } from "./user-groups";
export { UserLicences } from "./user-licences";
