/** Directory objects carry second-precision UTC timestamps ("2021-08-02T10:30:06Z"). */
export const seconds = <T extends string | null>(iso: T): T => (iso === null ? iso : (iso.replace(/\.\d+Z$/, "Z") as T));
