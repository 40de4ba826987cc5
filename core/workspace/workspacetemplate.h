// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mlops {

/**
 * A workspace template: files shipped as Qt resources under `:/templates/<name>/files`
 * (text files get `{{name}}` and `{{python}}` substituted; `gitignore` becomes
 * `.gitignore`), and optionally `:/templates/<name>/generate.py`, run with the
 * workspace's Python and the new workspace folder as its argument to produce data.
 */
struct WorkspaceTemplate
{
    QString name;
    const char *descriptionText = nullptr;  ///< untranslated; see description()
    /** The CSV file the generator must write (relative to the workspace), if any… */
    QString dataFile;
    int dataRows = 0;     ///< …with a header line and this many data rows…
    int dataColumns = 0;  ///< …of this many columns each.

    /** The description in the user's language. */
    QString description() const;

    QString resourceDir() const { return QStringLiteral(":/templates/") + name; }
    QString filesDir() const { return resourceDir() + QStringLiteral("/files"); }
    QString generatorPath() const { return resourceDir() + QStringLiteral("/generate.py"); }
    bool hasGenerator() const;

    /** Every template the program ships, the default ("demo") first. */
    static const QList<WorkspaceTemplate> &all();
    static const WorkspaceTemplate *find(const QString &name);
    static QStringList names();
};

} // namespace mlops
