-- Requests connect as trappen_app itself (issue #10, item 7). Until now the pool connected as the
-- schema owner and did SET LOCAL ROLE trappen_app per transaction, so one injected RESET ROLE
-- would have escaped row-level security. trappen_app stays what 001 made it — owns nothing, no
-- BYPASSRLS, no UPDATE or DELETE on audit_log, member of no role — and may now log in. Its
-- password is not set here: the embedded server gets a generated one at every start
-- (DATA_DIR/pg-app-password); on an external server the DBA sets it and DATABASE_APP_URL names it.
-- Roles are cluster-wide: another database on the same cluster may be migrating at this moment,
-- so a concurrent change of the same role is tolerated when the result is the one wanted.
DO $$
BEGIN
  IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'trappen_app') THEN
    ALTER ROLE trappen_app LOGIN;
  END IF;
EXCEPTION WHEN OTHERS THEN
  IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'trappen_app') THEN
    RAISE EXCEPTION 'trappen_app must be able to log in: % (run ALTER ROLE trappen_app LOGIN as a role that may)', SQLERRM
      USING ERRCODE = SQLSTATE;
  END IF;
END
$$;
