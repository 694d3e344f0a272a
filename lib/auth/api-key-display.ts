/** How a key is shown after creation: enough to recognise it, nothing to use. Client-safe. */
export const displayPrefix = (prefix: string) => `tnt_${prefix}_…`;
