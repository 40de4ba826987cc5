// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <atomic>

namespace mlops {

// --- Statement -----------------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindVariant(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Status Statement::forEachRow(const std::function<void()> &row)
{
    for (;;) {
        Result<bool> ready = step();
        if (!ready)
            return ready.error();
        if (!*ready)
            return {};
        row();
    }
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error{QCoreApplication::translate("mlops::Database", "database error: %1 (in: %2)")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db)),
                         QString::fromUtf8(sqlite3_sql(m_stmt)).simplified())};
    if (const char *file = sqlite3_db_filename(m_db, "main"))
        error.file = QString::fromUtf8(file);
    sqlite3_reset(m_stmt);
    return error;
}

Status Statement::exec()
{
    for (;;) {
        Result<bool> row = step();
        if (!row) {
            reset();
            return row.error();
        }
        if (!*row)
            break;
    }
    reset();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return {};
    }
}

// --- Transaction ---------------------------------------------------------------------

Transaction::Transaction(Database &db) : m_db(db)
{
    static std::atomic<int> counter{0};
    m_nested = m_db.inTransaction();
    m_afterCommitMark = m_nested ? qsizetype(m_db.m_afterCommit.size()) : 0;
    if (m_nested)
        m_savepoint = QStringLiteral("sp%1").arg(++counter);
    Status begun = m_db.exec(m_nested ? QStringLiteral("SAVEPOINT ") + m_savepoint
                                      : QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begun.ok();
    if (!begun)
        m_beginError = begun.error();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_nested) {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
    m_db.m_afterCommit.resize(size_t(m_afterCommitMark));
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    m_active = false;
    Status done = m_db.exec(m_nested ? QStringLiteral("RELEASE ") + m_savepoint : QStringLiteral("COMMIT"));
    if (!done) {
        (void)m_db.exec(m_nested ? QStringLiteral("ROLLBACK TO ") + m_savepoint : QStringLiteral("ROLLBACK"));
        m_db.m_afterCommit.resize(size_t(m_afterCommitMark));
        return done;
    }
    if (!m_nested) {
        std::vector<std::function<void()>> callbacks;
        callbacks.swap(m_db.m_afterCommit);
        for (const std::function<void()> &callback : callbacks)
            callback();
    }
    return done;
}

// --- Database ------------------------------------------------------------------------

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, bool create)
{
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db))
                                   : QString::fromUtf8(sqlite3_errstr(rc));
        if (db)
            sqlite3_close_v2(db);
        return Error{QCoreApplication::translate("mlops::Database", "cannot open database: %1")
                         .arg(message),
                     path};
    }
    sqlite3_busy_timeout(db, 10000);
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path));
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    Error error{QCoreApplication::translate("mlops::Database", "database error: %1 (in: %2)")
                    .arg(QString::fromUtf8(message ? message : sqlite3_errstr(rc)),
                         sql.simplified().left(200)),
                m_path};
    sqlite3_free(message);
    return error;
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr)
        != SQLITE_OK)
        return lastError(sql);
    return Statement(stmt, m_db);
}

Result<QVariant> Database::scalar(const QString &sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->value(0) : QVariant();
}

void Database::runAfterCommit(std::function<void()> callback)
{
    if (inTransaction())
        m_afterCommit.push_back(std::move(callback));
    else
        callback();
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString &sql) const
{
    QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (!sql.isEmpty())
        message = QCoreApplication::translate("mlops::Database", "database error: %1 (in: %2)")
                      .arg(message, sql.simplified().left(200));
    return Error{message, m_path};
}

} // namespace mlops
