// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/migrations.h"

namespace mlops {

const QList<Migration> &storeMigrations()
{
    // Integer keys everywhere; metrics and params are WITHOUT ROWID tables keyed for the
    // way they are read (one run's series), so millions of points stay cheap.
    static const QList<Migration> migrations = {
        {QStringLiteral("0001_tracking"), QStringLiteral(R"sql(
CREATE TABLE experiments (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  created_at  INTEGER NOT NULL
);
CREATE TABLE runs (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  experiment_id  INTEGER REFERENCES experiments(id),
  parent_id      INTEGER REFERENCES runs(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL,
  name           TEXT NOT NULL,
  pipeline       TEXT,
  step_type      TEXT,
  status         TEXT NOT NULL,
  runner         TEXT,
  created_at     INTEGER NOT NULL,
  started_at     INTEGER,
  ended_at       INTEGER,
  git_commit     TEXT,
  git_branch     TEXT,
  git_dirty      INTEGER,
  failure_reason TEXT,
  exit_code      INTEGER,
  attempts       INTEGER NOT NULL DEFAULT 0,
  cache_key      TEXT,
  cached_from    INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  job_dir        TEXT,
  owner_pid      INTEGER,
  owner_start    INTEGER,
  pgid           INTEGER
);
CREATE INDEX runs_parent ON runs(parent_id);
CREATE INDEX runs_status ON runs(status);
CREATE INDEX runs_cache ON runs(cache_key, status);
CREATE INDEX runs_created ON runs(created_at);
CREATE TABLE params (
  run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  kind    TEXT NOT NULL,
  key     TEXT NOT NULL,
  value   TEXT NOT NULL,
  PRIMARY KEY (run_id, kind, key)
) WITHOUT ROWID;
CREATE TABLE metric_keys (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE
);
CREATE TABLE metrics (
  run_id  INTEGER NOT NULL,
  key_id  INTEGER NOT NULL,
  step    INTEGER NOT NULL,
  value   REAL NOT NULL,
  ts      INTEGER NOT NULL,
  PRIMARY KEY (run_id, key_id, step)
) WITHOUT ROWID;
CREATE TABLE latest_metrics (
  run_id  INTEGER NOT NULL,
  key_id  INTEGER NOT NULL,
  step    INTEGER NOT NULL,
  value   REAL NOT NULL,
  ts      INTEGER NOT NULL,
  PRIMARY KEY (run_id, key_id)
) WITHOUT ROWID;
CREATE TABLE tags (
  run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  key     TEXT NOT NULL,
  value   TEXT NOT NULL,
  PRIMARY KEY (run_id, key)
) WITHOUT ROWID;
CREATE TABLE artifacts (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  role        TEXT NOT NULL,
  name        TEXT NOT NULL,
  hash        TEXT,
  kind        TEXT NOT NULL DEFAULT 'file',
  size        INTEGER,
  path        TEXT,
  created_at  INTEGER NOT NULL
);
CREATE INDEX artifacts_run ON artifacts(run_id);
CREATE INDEX artifacts_hash ON artifacts(hash);
)sql")},
        // The model registry: groups of versions numbered per group (SageMaker's model
        // package groups). Metrics and input data are snapshots taken at registration, so
        // a version keeps its evidence even if its run is deleted.
        {QStringLiteral("0002_registry"), QStringLiteral(R"sql(
CREATE TABLE model_groups (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  created_by  TEXT NOT NULL
);
CREATE TABLE model_versions (
  id                INTEGER PRIMARY KEY,
  group_id          INTEGER NOT NULL REFERENCES model_groups(id),
  version           INTEGER NOT NULL,
  run_id            INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  run_uuid          TEXT NOT NULL,
  pipeline_run_uuid TEXT,
  run_name          TEXT,
  git_commit        TEXT,
  git_dirty         INTEGER NOT NULL DEFAULT 0,
  model_name        TEXT,
  model_hash        TEXT NOT NULL,
  model_kind        TEXT,
  model_size        INTEGER,
  model_path        TEXT,
  description       TEXT NOT NULL DEFAULT '',
  model_card        TEXT NOT NULL DEFAULT '',
  metrics           TEXT NOT NULL DEFAULT '{}',
  inputs            TEXT NOT NULL DEFAULT '[]',
  status            TEXT NOT NULL,
  status_by         TEXT,
  status_at         INTEGER,
  status_comment    TEXT,
  created_at        INTEGER NOT NULL,
  created_by        TEXT NOT NULL,
  UNIQUE (group_id, version)
);
CREATE INDEX model_versions_hash ON model_versions(model_hash);
CREATE INDEX model_versions_status ON model_versions(status);
CREATE TABLE model_aliases (
  group_id    INTEGER NOT NULL REFERENCES model_groups(id),
  alias       TEXT NOT NULL,
  version_id  INTEGER NOT NULL REFERENCES model_versions(id),
  set_at      INTEGER NOT NULL,
  set_by      TEXT NOT NULL,
  PRIMARY KEY (group_id, alias)
) WITHOUT ROWID;
)sql")},
        // The governance audit log: append-only (triggers refuse UPDATE and DELETE) and
        // hash-chained (each entry's hash covers the previous one), so `mlops audit
        // --verify` finds an entry edited, removed or moved even behind the triggers'
        // back. audit_head remembers the last entry, to notice entries cut off the end.
        {QStringLiteral("0003_audit"), QStringLiteral(R"sql(
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY,
  ts         INTEGER NOT NULL,
  actor      TEXT NOT NULL,
  action     TEXT NOT NULL,
  subject    TEXT NOT NULL,
  comment    TEXT NOT NULL DEFAULT '',
  details    TEXT NOT NULL DEFAULT '{}',
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log(subject);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE audit_head (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  seq   INTEGER NOT NULL,
  hash  TEXT NOT NULL
);
)sql")},
        // The Experiments screen: list the top level newest first straight from an index
        // (no sort of 100,000 rows), filter runs by parameter and final-metric values, by
        // pipeline and kind, and list the parameter names, without scanning every run.
        {QStringLiteral("0004_run_query_indexes"), QStringLiteral(R"sql(
CREATE INDEX runs_top_created ON runs(parent_id, created_at, id);
CREATE INDEX runs_kind_created ON runs(kind, created_at, id);
CREATE INDEX runs_pipeline ON runs(pipeline);
CREATE INDEX params_key_value ON params(key, value);
CREATE INDEX latest_metrics_key_value ON latest_metrics(key_id, value);
)sql")},
        // Lineage (SageMaker's vocabulary): entities are artifacts (data sets, models,
        // outputs, code commits, images), executions (step and notebook runs) and contexts
        // (pipeline executions, model packages, endpoints), each once under a natural key
        // ("artifact:<hash>", "run:<uuid>", "commit:<sha>"…); edges point downstream, from
        // what was used to what it fed. lineage_recorded remembers which runs (in which
        // status) are recorded, so runs written without the recorder are added later.
        {QStringLiteral("0005_lineage"), QStringLiteral(R"sql(
CREATE TABLE lineage_entities (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,
  category    TEXT NOT NULL,
  kind        TEXT NOT NULL,
  name        TEXT NOT NULL,
  hash        TEXT,
  uri         TEXT,
  size        INTEGER,
  run_id      INTEGER REFERENCES runs(id) ON DELETE SET NULL,
  properties  TEXT NOT NULL DEFAULT '{}',
  created_at  INTEGER NOT NULL
);
CREATE INDEX lineage_entities_hash ON lineage_entities(hash);
CREATE INDEX lineage_entities_run ON lineage_entities(run_id);
CREATE INDEX lineage_entities_kind ON lineage_entities(kind);
CREATE TABLE lineage_edges (
  source       INTEGER NOT NULL REFERENCES lineage_entities(id) ON DELETE CASCADE,
  destination  INTEGER NOT NULL REFERENCES lineage_entities(id) ON DELETE CASCADE,
  type         TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  PRIMARY KEY (source, destination, type)
) WITHOUT ROWID;
CREATE INDEX lineage_edges_destination ON lineage_edges(destination, source);
CREATE TABLE lineage_recorded (
  run_id  INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  status  TEXT NOT NULL
);
)sql")},
        // Hashes of data files by size, modification time and inode, so versioned data and
        // pipeline inputs that did not change are never read again (core/artifacts/hashindex.h).
        {QStringLiteral("0006_data_index"), QStringLiteral(R"sql(
CREATE TABLE file_index (
  path        TEXT PRIMARY KEY,
  size        INTEGER NOT NULL,
  mtime_ns    INTEGER NOT NULL,
  inode       INTEGER NOT NULL,
  hash        TEXT NOT NULL,
  checked_at  INTEGER NOT NULL
) WITHOUT ROWID;
)sql")},
    };
    return migrations;
}

} // namespace mlops
