-- Hand-written: Prisma's schema language cannot express triggers or CHECKs (and its diff ignores them).

-- AuditEvent is append-only. Row triggers refuse UPDATE and DELETE, a statement trigger refuses
-- TRUNCATE. A superuser can still drop the trigger; the writer's hash chain (prevHash -> hash)
-- makes any later rewrite detectable.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP
    USING HINT = 'Audit events are never changed or removed; record a new event instead.';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();

-- SamConnection is a singleton row.
ALTER TABLE "SamConnection" ADD CONSTRAINT "SamConnection_singleton" CHECK ("id" = 1);
