// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QString>

namespace mlops {

/**
 * One forward step of the store's schema. Migrations are applied in list order, once
 * each, inside a transaction; the applied ones are recorded by id in
 * `schema_migrations`, and `PRAGMA user_version` holds how many there are. A migration,
 * once released, never changes: new schema means a new migration at the end.
 */
struct Migration
{
    QString id;
    QString sql;
};

/** Every migration the program knows, oldest first. */
const QList<Migration> &storeMigrations();

} // namespace mlops
