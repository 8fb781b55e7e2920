import type { Migration } from './types'

/**
 * The first schema. Every table is STRICT so a wrong type is an error, not silent coercion.
 * Hours are INTEGER tenths of a 学时. Times are ISO-8601 text (UTC).
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE policies (
        year INTEGER PRIMARY KEY,
        min_public INTEGER NOT NULL CHECK (min_public >= 0),
        min_professional INTEGER NOT NULL CHECK (min_professional >= 0),
        min_total INTEGER NOT NULL CHECK (min_total >= 0),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE departments (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('roster', 'claims')),
        file_name TEXT NOT NULL,
        file_sha256 TEXT,
        added INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;

      CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        id_number TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        gender TEXT CHECK (gender IN ('male', 'female')),
        department_id INTEGER NOT NULL REFERENCES departments (id),
        title TEXT,
        title_level TEXT CHECK (title_level IN ('senior', 'associateSenior', 'intermediate', 'junior')),
        phone TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left', 'retired')),
        deleted_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX employees_by_name ON employees (name);
      CREATE INDEX employees_by_department ON employees (department_id, name);

      -- Before-images of roster rows an import touched, so a batch can be undone as a whole.
      CREATE TABLE import_batch_employees (
        batch_id INTEGER NOT NULL REFERENCES import_batches (id),
        employee_id INTEGER NOT NULL REFERENCES employees (id),
        before TEXT,
        PRIMARY KEY (batch_id, employee_id)
      ) STRICT;

      CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees (id),
        kind TEXT NOT NULL,
        title TEXT,
        note TEXT,
        -- facts as claimed
        claimed_category TEXT,
        claimed_year INTEGER,
        start_date TEXT,
        end_date TEXT,
        days INTEGER,
        half_days INTEGER,
        stated_hours INTEGER,
        level TEXT,
        role TEXT,
        rank INTEGER,
        grade TEXT,
        quantity INTEGER,
        assessment TEXT,
        platform TEXT,
        manual_hours INTEGER,
        manual_reason TEXT,
        -- what the rules engine said
        rule_set_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        counts_in_year INTEGER,
        computed_hours INTEGER NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('public', 'professional')),
        clause TEXT NOT NULL,
        explanation TEXT NOT NULL,
        warnings TEXT NOT NULL DEFAULT '[]',
        warning_count INTEGER NOT NULL DEFAULT 0,
        evidence_complete INTEGER NOT NULL CHECK (evidence_complete IN (0, 1)),
        evidence_message TEXT NOT NULL,
        needs_manual_hours INTEGER NOT NULL DEFAULT 0 CHECK (needs_manual_hours IN (0, 1)),
        -- the officer's decision
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'returned', 'rejected')),
        override_hours INTEGER CHECK (override_hours >= 0),
        override_reason TEXT,
        decision_reason TEXT,
        decided_at TEXT,
        hours INTEGER GENERATED ALWAYS AS (coalesce(override_hours, computed_hours)) VIRTUAL,
        fingerprint TEXT NOT NULL,
        batch_id INTEGER REFERENCES import_batches (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (override_hours IS NULL OR override_reason IS NOT NULL)
      ) STRICT;
      -- Covers the annual summary's GROUP BY and the review queue (year + status).
      CREATE INDEX claims_by_year_status ON claims (year, status, employee_id, category, computed_hours, override_hours);
      -- Covers a page of the summary (a few people's year) and a person's claims.
      CREATE INDEX claims_by_employee_year ON claims (employee_id, year, status, category, computed_hours, override_hours);
      CREATE INDEX claims_by_fingerprint ON claims (fingerprint);
      CREATE INDEX claims_by_batch ON claims (batch_id);

      -- Years a claim makes compliant outright (视为完成当年继续教育90学时).
      CREATE TABLE claim_year_met (
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        PRIMARY KEY (claim_id, year)
      ) STRICT;
      CREATE INDEX claim_year_met_by_year ON claim_year_met (year, claim_id);

      CREATE TABLE claim_evidence (
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        -- the order the officer listed them in
        position INTEGER NOT NULL,
        PRIMARY KEY (claim_id, name)
      ) STRICT;

      CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL,
        original_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE claim_attachments (
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL REFERENCES attachments (sha256),
        name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (claim_id, sha256)
      ) STRICT;
      CREATE INDEX claim_attachments_by_sha ON claim_attachments (sha256);

      -- One row per review decision (a call may decide many claims), so undo restores a whole call.
      CREATE TABLE review_actions (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        officer TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('approve', 'return', 'reject', 'override')),
        reason TEXT,
        undone_at TEXT
      ) STRICT;

      CREATE TABLE review_action_items (
        action_id INTEGER NOT NULL REFERENCES review_actions (id),
        claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        before_status TEXT NOT NULL,
        before_override_hours INTEGER,
        before_override_reason TEXT,
        before_decision_reason TEXT,
        before_decided_at TEXT,
        after_status TEXT NOT NULL,
        after_override_hours INTEGER,
        PRIMARY KEY (action_id, claim_id)
      ) STRICT;
      CREATE INDEX review_action_items_by_claim ON review_action_items (claim_id);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        officer TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        before TEXT,
        after TEXT
      ) STRICT;
      CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
      CREATE INDEX audit_log_by_at ON audit_log (at);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能删除'); END;

      CREATE TABLE national_bases (
        year INTEGER NOT NULL,
        name TEXT NOT NULL,
        platform TEXT NOT NULL,
        contact TEXT NOT NULL,
        phone TEXT NOT NULL,
        PRIMARY KEY (year, name)
      ) STRICT;

      -- Verification codes printed on each employee's certificate.
      CREATE TABLE certificates (
        code TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        employee_id INTEGER NOT NULL REFERENCES employees (id),
        content TEXT NOT NULL,
        issued_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX certificates_by_employee ON certificates (employee_id, year);
    `)
  }
}
