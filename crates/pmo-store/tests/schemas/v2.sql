-- PMO Desk store schema v1, as released: a verbatim copy of MIGRATIONS[0].
-- Never edit: databases on users' machines have exactly this schema.
CREATE TABLE directorates (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (code <> ''),
    -- The name most recently given by one of its returns; each return also keeps its own.
    name TEXT
);

-- A project code belongs to one directorate: the first return that names it decides.
CREATE TABLE projects (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE CHECK (code <> ''),
    directorate_id INTEGER NOT NULL REFERENCES directorates(id)
);
CREATE INDEX projects_by_directorate ON projects(directorate_id);

-- Every file submitted, accepted or not. The identity columns are text (not a reference) because a
-- rejected file may name a directorate the store does not know. The return an import created is
-- the one whose import_id is this row.
CREATE TABLE imports (
    id                   INTEGER PRIMARY KEY,
    file_name            TEXT NOT NULL,
    file_path            TEXT NOT NULL,
    file_size            INTEGER NOT NULL CHECK (file_size >= 0),
    sha256               TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    imported_at          TEXT NOT NULL,
    outcome              TEXT NOT NULL CHECK (outcome IN ('imported', 'rejected')),
    findings             TEXT NOT NULL CHECK (json_valid(findings)),
    directorate_code     TEXT,
    year                 INTEGER,
    campaign             TEXT CHECK (campaign IN ('BI', 'R1', 'R2', 'R3', 'CL')),
    superseded_return_id INTEGER REFERENCES returns(id),
    CHECK (outcome = 'imported' OR superseded_return_id IS NULL),
    CHECK (outcome = 'rejected' OR (directorate_code IS NOT NULL AND year IS NOT NULL AND campaign IS NOT NULL))
);
CREATE INDEX imports_by_sha256 ON imports(sha256);

-- One row per accepted workbook. Exactly one current return per (directorate, year, campaign);
-- the earlier ones stay, superseded, and can be made current again.
CREATE TABLE returns (
    id               INTEGER PRIMARY KEY,
    import_id        INTEGER NOT NULL UNIQUE REFERENCES imports(id),
    directorate_id   INTEGER NOT NULL REFERENCES directorates(id),
    year             INTEGER NOT NULL,
    campaign         TEXT NOT NULL CHECK (campaign IN ('BI', 'R1', 'R2', 'R3', 'CL')),
    is_current       INTEGER NOT NULL CHECK (is_current IN (0, 1)),
    directorate_name TEXT,
    submitted_on     TEXT,
    owner            TEXT,
    unit             TEXT NOT NULL CHECK (unit IN ('EUR', 'kEUR')),
    envelope_cents   INTEGER
);
CREATE UNIQUE INDEX returns_one_current ON returns(directorate_id, year, campaign) WHERE is_current = 1;
CREATE INDEX returns_by_year ON returns(year, is_current);

-- An earlier return made current again, and the one it replaced.
CREATE TABLE restorations (
    id                 INTEGER PRIMARY KEY,
    restored_at        TEXT NOT NULL,
    restored_return_id INTEGER NOT NULL REFERENCES returns(id),
    replaced_return_id INTEGER REFERENCES returns(id),
    CHECK (replaced_return_id IS NULL OR replaced_return_id <> restored_return_id)
);

CREATE TABLE return_projects (
    return_id    INTEGER NOT NULL REFERENCES returns(id),
    position     INTEGER NOT NULL,
    project_code TEXT NOT NULL REFERENCES projects(code),
    name         TEXT NOT NULL,
    ambition     TEXT,
    initiative   TEXT,
    manager      TEXT,
    sponsor      TEXT,
    status       TEXT,
    priority     INTEGER,
    kind         TEXT,
    start_on     TEXT,
    end_on       TEXT,
    multi_year   INTEGER CHECK (multi_year IN (0, 1)),
    description  TEXT,
    source_sheet TEXT,
    source_row   INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position),
    UNIQUE (return_id, project_code)
) WITHOUT ROWID;

CREATE TABLE return_budget_lines (
    return_id        INTEGER NOT NULL REFERENCES returns(id),
    position         INTEGER NOT NULL,
    project_code     TEXT NOT NULL REFERENCES projects(code),
    nature           TEXT NOT NULL,
    category         TEXT,
    planned_q1_cents INTEGER NOT NULL,
    planned_q2_cents INTEGER NOT NULL,
    planned_q3_cents INTEGER NOT NULL,
    planned_q4_cents INTEGER NOT NULL,
    actual_q1_cents  INTEGER NOT NULL,
    actual_q2_cents  INTEGER NOT NULL,
    actual_q3_cents  INTEGER NOT NULL,
    actual_q4_cents  INTEGER NOT NULL,
    source_sheet     TEXT,
    source_row       INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_workload (
    return_id        INTEGER NOT NULL REFERENCES returns(id),
    position         INTEGER NOT NULL,
    project_code     TEXT NOT NULL REFERENCES projects(code),
    team             TEXT NOT NULL,
    planned_q1_days  TEXT NOT NULL,
    planned_q2_days  TEXT NOT NULL,
    planned_q3_days  TEXT NOT NULL,
    planned_q4_days  TEXT NOT NULL,
    actual_q1_days   TEXT NOT NULL,
    actual_q2_days   TEXT NOT NULL,
    actual_q3_days   TEXT NOT NULL,
    actual_q4_days   TEXT NOT NULL,
    daily_rate_cents INTEGER,
    source_sheet     TEXT,
    source_row       INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_capacity (
    return_id        INTEGER NOT NULL REFERENCES returns(id),
    position         INTEGER NOT NULL,
    team             TEXT NOT NULL,
    capacity_q1_days TEXT NOT NULL,
    capacity_q2_days TEXT NOT NULL,
    capacity_q3_days TEXT NOT NULL,
    capacity_q4_days TEXT NOT NULL,
    source_sheet     TEXT,
    source_row       INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_statuses (
    return_id       INTEGER NOT NULL REFERENCES returns(id),
    position        INTEGER NOT NULL,
    project_code    TEXT NOT NULL REFERENCES projects(code),
    status_date     TEXT NOT NULL,
    overall         TEXT NOT NULL,
    schedule        TEXT,
    cost            TEXT,
    scope           TEXT,
    resources       TEXT,
    progress        TEXT,
    comment         TEXT,
    watch_points    TEXT,
    decision_needed TEXT,
    source_sheet    TEXT,
    source_row      INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_risks (
    return_id    INTEGER NOT NULL REFERENCES returns(id),
    position     INTEGER NOT NULL,
    project_code TEXT NOT NULL REFERENCES projects(code),
    risk_id      TEXT,
    title        TEXT NOT NULL,
    probability  INTEGER NOT NULL,
    impact       INTEGER NOT NULL,
    owner        TEXT,
    mitigation   TEXT,
    status       TEXT,
    due_on       TEXT,
    source_sheet TEXT,
    source_row   INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_milestones (
    return_id    INTEGER NOT NULL REFERENCES returns(id),
    position     INTEGER NOT NULL,
    project_code TEXT NOT NULL REFERENCES projects(code),
    name         TEXT NOT NULL,
    baseline_on  TEXT,
    forecast_on  TEXT,
    actual_on    TEXT,
    source_sheet TEXT,
    source_row   INTEGER,
    CHECK ((source_sheet IS NULL) = (source_row IS NULL)),
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

-- Column maps: for each sheet of the workbook, the 0-based column where each field was read.
CREATE TABLE return_sheets (
    return_id INTEGER NOT NULL REFERENCES returns(id),
    position  INTEGER NOT NULL,
    sheet     TEXT NOT NULL,
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

CREATE TABLE return_columns (
    return_id      INTEGER NOT NULL,
    sheet_position INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    field          TEXT NOT NULL,
    column_index   INTEGER NOT NULL CHECK (column_index >= 0),
    PRIMARY KEY (return_id, sheet_position, position),
    FOREIGN KEY (return_id, sheet_position) REFERENCES return_sheets(return_id, position)
) WITHOUT ROWID;

-- Where each key of the Direction sheet was read (`envelope` → Direction!B9).
CREATE TABLE return_key_cells (
    return_id INTEGER NOT NULL REFERENCES returns(id),
    position  INTEGER NOT NULL,
    key       TEXT NOT NULL,
    sheet     TEXT NOT NULL,
    cell      TEXT NOT NULL,
    PRIMARY KEY (return_id, position)
) WITHOUT ROWID;

-- Application settings (organisation name, alert thresholds…), as text.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- v2
CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('codir', 'directorate', 'project')),
    title        TEXT NOT NULL,
    -- The options that decide the bytes (year, quarter, language, unit, directorate or project…).
    options      TEXT NOT NULL CHECK (json_valid(options)),
    generated_at TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size         INTEGER NOT NULL CHECK (size >= 0),
    pages        INTEGER CHECK (pages > 0),
    -- Where it was written, as given; NULL when it was only returned to the caller.
    file_path    TEXT
);
CREATE TABLE report_returns (
    report_id INTEGER NOT NULL REFERENCES reports(id),
    return_id INTEGER NOT NULL REFERENCES returns(id),
    PRIMARY KEY (report_id, return_id)
) WITHOUT ROWID;
CREATE INDEX report_returns_by_return ON report_returns(return_id);
