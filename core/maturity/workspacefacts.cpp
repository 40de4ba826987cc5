// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/maturity/workspacefacts.h"

#include "core/common/fileutil.h"
#include "core/common/yamlutil.h"
#include "core/governance/auditlog.h"
#include "core/registry/modelversionref.h"
#include "core/registry/registryaudit.h"
#include "core/store/store.h"
#include "core/tracking/runtags.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::WorkspaceFacts)
};

QDateTime timeOf(const Statement &s, int column)
{
    return s.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(s.int64(column), Qt::UTC);
}

/** Files under `folder` (relative to `root`), skipping hidden entries. */
QStringList filesUnder(const QString &root, const QString &folder, const QStringList &patterns = {})
{
    QStringList files;
    const QDir base(root);
    const QString start = base.filePath(folder);
    if (!QFileInfo(start).isDir())
        return files;
    QDirIterator it(start, patterns, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = base.relativeFilePath(it.next());
        const QStringList parts = rel.split(QLatin1Char('/'));
        if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.startsWith(QLatin1Char('.')); }))
            continue;  // .gitkeep, .ipynb_checkpoints, .pytest_cache
        files.append(rel);
    }
    files.sort();
    return files;
}

void collectGit(const Workspace &ws, WorkspaceFacts &f, QSet<QString> &tracked)
{
    Result<GitRepository> repo = GitRepository::openScoped(ws.root());
    if (!repo) {
        f.gitError = repo.error().toString();
        return;
    }
    f.isGitRepository = true;
    f.gitRoot = QDir::cleanPath(repo->workdir());
    if (Result<QList<GitCommit>> log = repo->log(WorkspaceFacts::kMaxCommits); log) {
        f.commits = int(log->size());
        QSet<QString> seen;
        for (const GitCommit &c : *log) {
            const QString who = c.authorName + QStringLiteral(" <") + c.authorEmail + QLatin1Char('>');
            if (!seen.contains(c.authorEmail.toLower())) {
                seen.insert(c.authorEmail.toLower());
                f.authors.append(who);
            }
        }
        if (!log->isEmpty())
            f.head = log->first();
    } else {
        f.gitError = log.error().toString();
    }
    if (Result<QList<GitChange>> changes = repo->changes(false); changes)
        f.uncommittedChanges = int(changes->size());
    if (Result<QStringList> files = repo->trackedFiles(); files) {
        const QDir repoDir(f.gitRoot);
        for (const QString &file : *files)
            tracked.insert(QDir::cleanPath(repoDir.filePath(file)));
    }
}

bool isTracked(const QSet<QString> &tracked, const Workspace &ws, const QString &relative)
{
    return tracked.contains(QDir::cleanPath(ws.path(relative)));
}

void collectPipelines(const Workspace &ws, WorkspaceFacts &f)
{
    f.pipelineFiles = ws.pipelineFiles();
    for (const QString &file : std::as_const(f.pipelineFiles)) {
        Result<QByteArray> text = readFile(ws.path(file));
        if (!text)
            continue;
        Result<YAML::Node> doc = yaml::parse(file, *text);
        if (!doc || !doc->IsMap())
            continue;
        const YAML::Node steps = (*doc)["steps"];
        if (!steps || !steps.IsMap())
            continue;
        for (auto it = steps.begin(); it != steps.end(); ++it) {
            if (!it->second.IsMap())
                continue;
            const YAML::Node type = it->second["type"];
            if (!type || !type.IsScalar() || yaml::toQString(type) != QStringLiteral("condition"))
                continue;
            // A quality gate compares what a step measured (${steps.evaluate.properties…});
            // a condition on parameters alone lets every model through the same way.
            const YAML::Node when = it->second["when"];
            const QString name = yaml::toQString(it->first);
            static const QRegularExpression stepReference(QStringLiteral("\\$\\{\\s*steps\\."));
            if (when && when.IsScalar() && yaml::toQString(when).contains(stepReference)) {
                f.gates.insert(file, name);
                f.ungatedConditions.remove(file);
                break;
            }
            if (!f.ungatedConditions.contains(file))
                f.ungatedConditions.insert(file, name);
        }
    }
}

/**
 * A CI file's lines without their comments (`#` in YAML and shell; `//` and block
 * comments too in a Jenkinsfile).
 */
QStringList ciLines(const QString &text, bool groovy)
{
    static const QRegularExpression blockComment(QStringLiteral("/\\*.*?\\*/"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hashComment(QStringLiteral("(^|\\s)#.*$"));
    static const QRegularExpression slashComment(QStringLiteral("(^|\\s)//.*$"));
    QString source = text;
    if (groovy)
        source.remove(blockComment);
    QStringList lines;
    for (const QString &raw : source.split(QLatin1Char('\n'))) {
        QString line = raw;
        line.remove(hashComment);
        if (groovy)
            line.remove(slashComment);
        lines.append(line);
    }
    return lines;
}

/**
 * The first line of a CI file that calls `mlops` with a pipeline command, comments left
 * out: a commented-out call, or a TODO that mentions mlops, runs nothing.
 */
QString firstMlopsCall(const QString &text, bool groovy)
{
    static const QRegularExpression call(QStringLiteral(
        "(^|[\\s\"'`;&|(/])mlops(\\s+-C\\s+\\S+)?\\s+(validate|run|fmt|notebook)\\b"));
    for (const QString &line : ciLines(text, groovy)) {
        if (call.match(line).hasMatch())
            return line.trimmed();
    }
    return {};
}

void collectCi(const Workspace &ws, WorkspaceFacts &f, const QSet<QString> &tracked)
{
    // CI lives at the repository root, which may be above the workspace.
    QStringList roots{ws.root()};
    if (f.isGitRepository && QDir::cleanPath(f.gitRoot) != QDir::cleanPath(ws.root()))
        roots.append(f.gitRoot);
    static const QStringList singleFiles = {
        QStringLiteral(".gitlab-ci.yml"),   QStringLiteral("Jenkinsfile"),
        QStringLiteral("azure-pipelines.yml"), QStringLiteral(".circleci/config.yml"),
        QStringLiteral("bitbucket-pipelines.yml"), QStringLiteral(".drone.yml"),
        QStringLiteral(".woodpecker.yml")};
    QSet<QString> seen;
    for (const QString &root : std::as_const(roots)) {
        QStringList found;
        for (const QString &name : singleFiles) {
            if (QFileInfo(QDir(root).filePath(name)).isFile())
                found.append(QDir(root).filePath(name));
        }
        for (const QString &folder : {QStringLiteral(".github/workflows"), QStringLiteral(".ci"),
                                      QStringLiteral(".woodpecker")}) {
            // GitHub and Woodpecker run only the YAML files of their folder (not a README);
            // .ci/ holds scripts of any kind.
            const bool yamlOnly = folder != QStringLiteral(".ci");
            QDirIterator it(QDir(root).filePath(folder), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (!yamlOnly || file.endsWith(QStringLiteral(".yml")) || file.endsWith(QStringLiteral(".yaml")))
                    found.append(file);
            }
        }
        found.sort();
        for (const QString &absolute : std::as_const(found)) {
            const QString clean = QDir::cleanPath(absolute);
            if (seen.contains(clean))
                continue;
            seen.insert(clean);
            const QString shown = ws.relativePath(clean);
            f.ciFiles.append(shown);
            if (tracked.contains(clean))
                f.ciFilesCommitted.append(shown);
            Result<QByteArray> text = readFile(clean);
            if (!text || text->size() >= 1024 * 1024)
                continue;
            const bool groovy = QFileInfo(clean).fileName() == QStringLiteral("Jenkinsfile");
            const QStringList lines = ciLines(QString::fromUtf8(*text), groovy);
            if (std::all_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.trimmed().isEmpty(); }))
                f.ciFilesEmpty.append(shown);   // a placeholder: it configures no job
            if (const QString call = firstMlopsCall(QString::fromUtf8(*text), groovy); !call.isEmpty()) {
                f.ciFilesCallingMlops.append(shown);
                f.ciMlopsCalls.insert(shown, call);
            }
        }
    }
}

/** A JSON document with something in it: a non-empty object or array. */
bool hasJsonContent(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    return (doc.isObject() && !doc.object().isEmpty()) || (doc.isArray() && !doc.array().isEmpty());
}

/** Monitoring evidence with content: a baseline with statistics, a capture with a record. */
bool hasMonitoringContent(const QString &path)
{
    QFile file(path);
    if (file.size() > 64 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return false;
    if (!path.endsWith(QStringLiteral(".jsonl")))
        return hasJsonContent(file.readAll());
    while (!file.atEnd()) {
        if (hasJsonContent(file.readLine()))
            return true;
    }
    return false;
}

/**
 * Why `.mlops/endpoints/<name>/endpoint.json` does not describe a deployment, or empty
 * when it does: a JSON object whose "name" is the folder's name and whose "variants"
 * each name the model version they serve ("model": "GROUP/VERSION" or "GROUP@ALIAS").
 */
QString endpointProblem(const QString &folder, const QString &name, QStringList &models)
{
    const QString config = QDir(folder).filePath(QStringLiteral("endpoint.json"));
    QFile file(config);
    if (!file.exists())
        return Text::tr("it has no endpoint.json");
    if (file.size() > 1024 * 1024 || !file.open(QIODevice::ReadOnly))
        return Text::tr("its endpoint.json cannot be read");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Text::tr("its endpoint.json is not a JSON object");
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("name")).toString() != name)
        return Text::tr("its endpoint.json does not name the endpoint '%1' (\"name\")").arg(name);
    const QJsonArray variants = o.value(QStringLiteral("variants")).toArray();
    if (variants.isEmpty())
        return Text::tr("its endpoint.json lists no variants");
    for (const QJsonValue &variant : variants) {
        const QString model = variant.toObject().value(QStringLiteral("model")).toString();
        if (model.isEmpty() || !ModelVersionRef::parse(model))
            return Text::tr("a variant in its endpoint.json names no model version (\"model\": \"GROUP/VERSION\")");
        models.append(model);
    }
    models.removeDuplicates();
    return {};
}

void collectEndpoints(const Workspace &ws, WorkspaceFacts &f)
{
    const QDir endpoints(ws.path(QStringLiteral(".mlops/endpoints")));
    for (const QString &name : endpoints.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString rel = QStringLiteral(".mlops/endpoints/") + name;
        QStringList models;
        if (const QString problem = endpointProblem(endpoints.filePath(name), name, models); !problem.isEmpty()) {
            f.invalidEndpoints.insert(rel, problem);
            continue;
        }
        f.endpoints.append(rel);
        f.endpointModels.insert(rel, models);
    }
}

/**
 * Captures and baselines count for the endpoint they belong to: under its folder
 * (.mlops/endpoints/<name>/…), or for baselines also monitoring/<name>/. Anything else
 * is tied to no deployment.
 */
void collectMonitoring(const Workspace &ws, WorkspaceFacts &f)
{
    QSet<QString> captured, baselined;
    for (const QString &folder : {QStringLiteral(".mlops/endpoints"), QStringLiteral("monitoring")}) {
        QDirIterator it(ws.path(folder), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = ws.relativePath(it.next());
            const QString name = QFileInfo(rel).fileName();
            const bool baseline = name == QStringLiteral("statistics.json") || name == QStringLiteral("constraints.json");
            const bool capture = !baseline && rel.contains(QStringLiteral("capture"))
                                 && (name.endsWith(QStringLiteral(".jsonl")) || name.endsWith(QStringLiteral(".json")));
            if (!baseline && !capture)
                continue;
            const QStringList parts = rel.split(QLatin1Char('/'));
            const bool underEndpoint = parts.first() == QStringLiteral(".mlops");
            const QString endpoint = QStringLiteral(".mlops/endpoints/") + parts.value(underEndpoint ? 2 : 1);
            const bool tied = parts.size() > (underEndpoint ? 3 : 2) && f.endpoints.contains(endpoint)
                              && (underEndpoint || baseline);
            if (!tied)
                f.untiedMonitoringFiles.append(rel);
            else if (!hasMonitoringContent(ws.path(rel)))
                f.emptyMonitoringFiles.append(rel);
            else if (baseline) {
                baselined.insert(endpoint);
                f.baselineFiles.append(rel);
            } else {
                captured.insert(endpoint);
                f.captureFiles.append(rel);
            }
        }
    }
    for (const QString &endpoint : std::as_const(f.endpoints)) {
        if (captured.contains(endpoint) && baselined.contains(endpoint))
            f.monitoredEndpoints.append(endpoint);
    }
    f.baselineFiles.sort();
    f.captureFiles.sort();
    f.emptyMonitoringFiles.sort();
    f.untiedMonitoringFiles.sort();
}

void collectFiles(const Workspace &ws, WorkspaceFacts &f, const QSet<QString> &tracked)
{
    f.notebookFiles = ws.notebookFiles();
    f.python = ws.python();
    f.pythonFromManifest = !ws.manifest().python.isEmpty();
    const QFileInfo python(f.python);
    f.pythonFound = python.isAbsolute() ? python.isFile() && python.isExecutable()
                                        : !QStandardPaths::findExecutable(f.python).isEmpty();
    const QStringList data = filesUnder(ws.root(), QStringLiteral("data"));
    f.dataFiles = int(ws.dataFiles().size());
    f.pointerFiles = int(std::count_if(data.cbegin(), data.cend(),
                                       [](const QString &p) { return p.endsWith(QStringLiteral(".mlops")); }));
    collectPipelines(ws, f);
    collectCi(ws, f, tracked);

    // Tests: what a test runner collects — pytest's test_*.py and *_test.py, testthat's
    // test*.R, go test, bats — in tests/ or test/, and test_*.py / *_test.py next to the
    // code. A README, data or an empty file in tests/ tests nothing.
    const QStringList testPatterns = {QStringLiteral("test_*.py"), QStringLiteral("*_test.py"), QStringLiteral("test*.R"),
                                      QStringLiteral("test*.r"),   QStringLiteral("*_test.go"), QStringLiteral("*.bats")};
    QStringList inTestFolders = filesUnder(ws.root(), QStringLiteral("tests")) + filesUnder(ws.root(), QStringLiteral("test"));
    QStringList tests = filesUnder(ws.root(), QStringLiteral("tests"), testPatterns)
                        + filesUnder(ws.root(), QStringLiteral("test"), testPatterns);
    for (const QString &file : std::as_const(inTestFolders)) {
        if (!tests.contains(file))
            f.otherFilesInTests.append(file);
    }
    tests += filesUnder(ws.root(), QStringLiteral("src"), {QStringLiteral("test_*.py"), QStringLiteral("*_test.py")});
    for (const QString &t : std::as_const(tests)) {
        if (QFileInfo(ws.path(t)).size() == 0) {
            f.emptyTestFiles.append(t);
            continue;
        }
        f.testFiles.append(t);
        if (isTracked(tracked, ws, t))
            f.testFilesCommitted.append(t);
    }

    const QDir templates(ws.path(QStringLiteral("templates")));
    for (const QString &name : templates.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir t(templates.filePath(name));
        if (QFileInfo(t.filePath(QStringLiteral("mlops.yaml"))).isFile()
            || !t.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files).isEmpty()
            || !QDir(t.filePath(QStringLiteral("pipelines"))).entryList(QDir::Files).isEmpty())
        {
            const QString relative = QStringLiteral("templates/") + name;
            f.templates.append(relative);
            const QString prefix = QDir::cleanPath(ws.path(relative)) + QLatin1Char('/');
            if (std::any_of(tracked.cbegin(), tracked.cend(), [&prefix](const QString &p) { return p.startsWith(prefix); }))
                f.templatesCommitted.append(relative);
        }
    }

    f.environments = ws.manifest().environments.keys();
    // Who approves for every group, then who approves for some groups only, with those groups.
    QStringList everyGroup = ws.manifest().roles.value(QStringLiteral("approver"));
    everyGroup.removeDuplicates();
    QMap<QString, QStringList> groupsOf;
    const QMap<QString, QStringList> perGroup = ws.manifest().groupRoles.value(QStringLiteral("approver"));
    for (auto it = perGroup.cbegin(); it != perGroup.cend(); ++it) {
        for (const QString &person : it.value()) {
            if (!everyGroup.contains(person) && !groupsOf[person].contains(it.key()))
                groupsOf[person].append(it.key());
        }
    }
    f.approvers = everyGroup;
    for (auto it = groupsOf.cbegin(); it != groupsOf.cend(); ++it)
        f.approvers.append(Text::tr("%1 (only for %2)").arg(it.key(), it.value().join(QStringLiteral(", "))));

    collectEndpoints(ws, f);
    // An environment is a real target when it says where it deploys, or something is deployed
    // under its name; a name and a description alone are only a plan.
    static const QStringList targetKeys = {QStringLiteral("endpoint"), QStringLiteral("url"), QStringLiteral("host"),
                                           QStringLiteral("port"), QStringLiteral("target")};
    for (auto it = ws.manifest().environments.cbegin(); it != ws.manifest().environments.cend(); ++it) {
        QStringList target;
        for (const QString &key : targetKeys) {
            QString value = it.value().value(key).toString().trimmed();
            while (value.endsWith(QLatin1Char('/')))
                value.chop(1);
            if (!value.isEmpty())
                target.append(key + QLatin1Char(' ') + value);
        }
        const QString endpoint = QStringLiteral(".mlops/endpoints/") + it.key();
        if (target.isEmpty() && f.endpoints.contains(endpoint))
            target.append(Text::tr("endpoint %1").arg(endpoint));
        if (target.isEmpty())
            continue;
        f.environmentsWithTarget.append(it.key());
        f.environmentTargets.insert(it.key(), target.join(QStringLiteral(", ")));
    }
    collectMonitoring(ws, f);
}

/** Runs one query and hands each row to `row`; errors end up in storeError. */
template<typename RowFn>
void query(Database &db, WorkspaceFacts &f, const QString &sql, RowFn &&row)
{
    if (!f.storeError.isEmpty())
        return;
    Result<Statement> s = db.prepare(sql);
    if (!s) {
        f.storeError = s.error().toString();
        return;
    }
    for (;;) {
        Result<bool> next = s->step();
        if (!next) {
            f.storeError = next.error().toString();
            return;
        }
        if (!*next)
            return;
        row(*s);
    }
}

int count(Database &db, WorkspaceFacts &f, const QString &sql)
{
    int n = 0;
    query(db, f, sql, [&n](const Statement &s) { n = int(s.int64(0)); });
    return n;
}

RunSample sampleOf(const Statement &s)
{
    // Columns: uuid, name, git_commit, git_dirty, time, launcher.
    return RunSample{s.text(0), s.text(1), s.text(2), !s.isNull(3) && s.int64(3) != 0, timeOf(s, 4), s.text(5)};
}

void collectRuns(Database &db, WorkspaceFacts &f)
{
    const QString launcherTag = runtags::launcher();
    const QString sample = QStringLiteral(
        "SELECT r.uuid, r.name, r.git_commit, r.git_dirty, coalesce(r.ended_at, r.created_at),"
        " (SELECT value FROM tags t WHERE t.run_id = r.id AND t.key = '%1') FROM runs r ").arg(launcherTag);
    f.experiments = count(db, f, QStringLiteral("SELECT count(*) FROM experiments"));
    f.topLevelRuns = count(db, f, QStringLiteral("SELECT count(*) FROM runs WHERE parent_id IS NULL"));
    f.pipelineRuns = count(db, f, QStringLiteral("SELECT count(*) FROM runs WHERE kind = 'pipeline'"));
    f.completedPipelineRuns = count(db, f, QStringLiteral(
        "SELECT count(*) FROM runs WHERE kind = 'pipeline' AND status = 'Completed'"));
    f.notebookRuns = count(db, f, QStringLiteral("SELECT count(*) FROM runs WHERE kind = 'notebook'"));
    f.runsWithMetrics = count(db, f, QStringLiteral(
        "SELECT count(DISTINCT coalesce(r.parent_id, r.id)) FROM runs r JOIN latest_metrics m ON m.run_id = r.id"));
    f.runsWithCommit = count(db, f, QStringLiteral(
        "SELECT count(*) FROM runs WHERE parent_id IS NULL AND coalesce(git_commit, '') <> ''"));
    f.dirtyRuns = count(db, f, QStringLiteral("SELECT count(*) FROM runs WHERE parent_id IS NULL AND git_dirty = 1"));
    query(db, f, sample + QStringLiteral("WHERE r.parent_id IS NULL AND r.status = 'Completed'"
                                         " ORDER BY r.created_at DESC, r.id DESC LIMIT 1"),
          [&f](const Statement &s) { f.latestCompletedRun = sampleOf(s); });
    query(db, f, sample + QStringLiteral("WHERE r.parent_id IS NULL AND r.git_dirty = 1"
                                         " ORDER BY r.created_at DESC, r.id DESC LIMIT 1"),
          [&f](const Statement &s) { f.latestDirtyRun = sampleOf(s); });
    query(db, f, QStringLiteral("SELECT t.value, count(*) FROM runs r JOIN tags t ON t.run_id = r.id AND t.key = '%1'"
                                " WHERE r.kind = 'pipeline' GROUP BY t.value").arg(launcherTag),
          [&f](const Statement &s) { f.launchers.insert(s.text(0), int(s.int64(1))); });
    for (const char *unattended : {"cli", "ci", "schedule"})
        f.unattendedRuns += f.launchers.value(QString::fromLatin1(unattended));
    query(db, f, sample + QStringLiteral("WHERE r.kind = 'pipeline' AND r.id IN (SELECT run_id FROM tags WHERE key = '%1'"
                                         " AND value IN ('cli', 'ci', 'schedule')) ORDER BY r.created_at DESC, r.id DESC LIMIT 1")
                              .arg(launcherTag),
          [&f](const Statement &s) { f.latestUnattendedRun = sampleOf(s); });
    f.cacheHits = count(db, f, QStringLiteral("SELECT count(*) FROM runs WHERE cached_from IS NOT NULL"));
    query(db, f, sample + QStringLiteral("WHERE r.cached_from IS NOT NULL ORDER BY r.created_at DESC, r.id DESC LIMIT 1"),
          [&f](const Statement &s) { f.latestCacheHit = sampleOf(s); });
    // Only steps that ran to completion show where steps run; failed and skipped ones do not.
    query(db, f, QStringLiteral("SELECT runner, count(*) FROM runs WHERE parent_id IS NOT NULL AND coalesce(runner, '') <> ''"
                                " AND status = 'Completed' GROUP BY runner"),
          [&f](const Statement &s) { f.stepRunners.insert(s.text(0), int(s.int64(1))); });
    query(db, f, QStringLiteral("SELECT DISTINCT coalesce(nullif(pipeline, ''), name) FROM runs"
                                " WHERE kind = 'pipeline' AND status = 'Completed' ORDER BY 1"),
          [&f](const Statement &s) { f.completedPipelines.append(s.text(0)); });
    f.trainingRuns = count(db, f, QStringLiteral(
        "SELECT count(*) FROM runs WHERE step_type = 'training' AND status = 'Completed'"));
    f.failedTrainingRuns = count(db, f, QStringLiteral(
        "SELECT count(*) FROM runs WHERE step_type = 'training' AND status = 'Failed'"));
    // The newest training and gate, with how they ended: the lifecycle shows the latest state.
    const QString withColumn = QStringLiteral(
        "SELECT r.uuid, r.name, r.git_commit, r.git_dirty, coalesce(r.ended_at, r.created_at), '', %1 FROM runs r ");
    query(db, f, withColumn.arg(QStringLiteral("r.status"))
                     + QStringLiteral("WHERE r.step_type = 'training' ORDER BY r.created_at DESC, r.id DESC LIMIT 1"),
          [&f](const Statement &s) {
              f.latestTraining = sampleOf(s);
              f.latestTrainingFailed = s.text(6) == QStringLiteral("Failed");
          });
    query(db, f, withColumn.arg(QStringLiteral(
                     "(SELECT value FROM params p WHERE p.run_id = r.id AND p.kind = 'condition' AND p.key = 'outcome')"))
                     + QStringLiteral("WHERE r.step_type = 'condition' AND r.status = 'Completed'"
                                      " ORDER BY r.created_at DESC, r.id DESC LIMIT 1"),
          [&f](const Statement &s) {
              f.latestGate = sampleOf(s);
              if (s.text(6) == QStringLiteral("true") || s.text(6) == QStringLiteral("false"))
                  f.latestGatePassed = s.text(6) == QStringLiteral("true");
          });
    f.distinctInputs = count(db, f, QStringLiteral(
        "SELECT count(DISTINCT hash) FROM artifacts WHERE role = 'input' AND hash IS NOT NULL"
        // data from the workspace, not the outputs of earlier steps (${steps.…})
        " AND coalesce(path, '') NOT LIKE '${%'"));
    query(db, f, QStringLiteral(
              "SELECT r.uuid, r.name, r.git_commit, r.git_dirty, coalesce(r.ended_at, r.created_at), '',"
              " coalesce(p.name, r.name) FROM artifacts a JOIN runs r ON r.id = a.run_id"
              " LEFT JOIN runs p ON p.id = r.parent_id"
              " WHERE a.role = 'model' AND r.status = 'Completed'"
              " AND a.hash NOT IN (SELECT model_hash FROM model_versions) ORDER BY a.id DESC LIMIT 1"),
          [&f](const Statement &s) {
              f.unregisteredModelRun = sampleOf(s);
              f.unregisteredModelPipeline = s.text(6);
          });
}

void collectRegistry(Database &db, WorkspaceFacts &f)
{
    f.modelGroups = count(db, f, QStringLiteral("SELECT count(*) FROM model_groups"));
    query(db, f, QStringLiteral("SELECT status, count(*) FROM model_versions GROUP BY status"),
          [&f](const Statement &s) {
              const int n = int(s.int64(1));
              f.modelVersions += n;
              if (s.text(0) == QStringLiteral("Approved"))
                  f.approvedVersions = n;
              else if (s.text(0) == QStringLiteral("Rejected"))
                  f.rejectedVersions = n;
              else
                  f.pendingVersions += n;
          });
    const QString ref = QStringLiteral("SELECT g.name || '/' || v.version FROM model_versions v"
                                       " JOIN model_groups g ON g.id = v.group_id WHERE v.status = '%1'"
                                       " ORDER BY v.created_at DESC, v.id DESC LIMIT 1");
    query(db, f, ref.arg(QStringLiteral("PendingManualApproval")),
          [&f](const Statement &s) { f.latestPending = s.text(0); });
    query(db, f, ref.arg(QStringLiteral("Approved")), [&f](const Statement &s) { f.latestApproved = s.text(0); });
    query(db, f, QStringLiteral("SELECT g.name || '/' || v.version, v.status, v.status_by, v.status_at"
                                " FROM model_versions v JOIN model_groups g ON g.id = v.group_id"
                                " WHERE v.status_by IS NOT NULL ORDER BY v.status_at DESC LIMIT 5"),
          [&f](const Statement &s) {
              f.decisions.append(DecisionSample{s.text(0), s.text(1), s.text(2), timeOf(s, 3)});
          });
    // Deployments are another domain's tables; count them when they exist.
    QStringList tables;
    query(db, f, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                " AND name IN ('endpoints', 'deployments')"),
          [&tables](const Statement &s) { tables.append(s.text(0)); });
    for (const QString &table : std::as_const(tables))
        f.deploymentRecords += count(db, f, QStringLiteral("SELECT count(*) FROM %1").arg(table));

    if (!f.storeError.isEmpty())
        return;
    AuditLog log(db);
    if (Result<qint64> n = log.count(); n)
        f.auditEntries = *n;
    if (Result<AuditVerification> v = RegistryAudit(db).verify(); v) {
        f.auditIntact = v->intact;
        f.auditProblem = v->problem;
    }
}

} // namespace

QString WorkspaceFacts::somePipeline() const
{
    return pipelineFiles.isEmpty() ? QStringLiteral("pipelines/train.yaml") : pipelineFiles.first();
}

WorkspaceFacts collectWorkspaceFacts(const Workspace &workspace)
{
    WorkspaceFacts f;
    f.root = workspace.root();
    QSet<QString> tracked;
    collectGit(workspace, f, tracked);
    collectFiles(workspace, f, tracked);
    if (!QFileInfo::exists(workspace.storePath()))
        return f;  // nothing ran yet; do not create a store just to look
    Result<std::unique_ptr<Store>> store = Store::open(workspace.storePath());
    if (!store) {
        f.storeError = store.error().toString();
        return f;
    }
    collectRuns((*store)->db(), f);
    collectRegistry((*store)->db(), f);
    return f;
}

} // namespace mlops
