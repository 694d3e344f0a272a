import { apiRoute } from "@/lib/api/handler";

/** Who am I: the signed-in technician or the API key making this request. */
export const GET = apiRoute({}, async ({ actor }) => ({ actor }));
