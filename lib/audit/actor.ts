import type { Actor } from "@/lib/auth/actor";
import type { AuditActor } from "./events";

/** The audit row names people by name and keys by their name, never by a secret. */
export const auditActor = (actor: Actor): AuditActor => ({ type: actor.type, id: actor.id, name: actor.name, role: actor.role });
