// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace mlops {

class Database;

/**
 * A prepared SQLite statement (RAII over sqlite3_stmt). Bind indexes are 1-based,
 * column indexes 0-based, as in the C API. Reuse one statement for bulk work:
 * bind, step, reset.
 */
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    /** Binds a QVariant by its type: null, integer, double, string or byte array. */
    Statement &bindVariant(int index, const QVariant &value);

    /** Runs one step: true when a row is ready, false when done, an Error otherwise. */
    Result<bool> step();
    /** Steps until done, for statements that return no rows; resets afterwards. */
    Status exec();
    /** Steps through every row, calling `row` on each (read the columns from this statement). */
    Status forEachRow(const std::function<void()> &row);
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) {}
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
};

/**
 * A transaction that rolls back unless commit() is called (RAII). Inside another
 * transaction it becomes a savepoint, so functions that write atomically can be
 * grouped into one larger transaction by their caller.
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status commit();
    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
    qsizetype m_afterCommitMark = 0;  ///< callbacks queued before this transaction began
    QString m_savepoint;
    Error m_beginError;
};

/**
 * One SQLite connection (RAII over sqlite3). A connection belongs to one thread at a
 * time; concurrent work opens its own connection (WAL lets readers and one writer
 * proceed together).
 */
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (creating if `create`) the database file, with a busy timeout. */
    static Result<std::unique_ptr<Database>> open(const QString &path, bool create = true);

    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);

    /** Runs a query and returns the first column of its first row (null when none). */
    Result<QVariant> scalar(const QString &sql);

    qint64 lastInsertId() const;
    /** True inside an open transaction. */
    bool inTransaction() const;
    int changes() const;
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    /** The error for the connection's last failure, naming the file and the SQL. */
    Error lastError(const QString &sql = {}) const;

    /**
     * Runs `callback` once the outermost Transaction commits, or at once outside a
     * transaction; a rollback (also of the savepoint it was queued in) drops it. For
     * side effects outside the database that must only follow committed data.
     */
    void runAfterCommit(std::function<void()> callback);

private:
    friend class Transaction;
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::vector<std::function<void()>> m_afterCommit;
};

} // namespace mlops
