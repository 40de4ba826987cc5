// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/datadirs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mlops {

QString sharedDataDir()
{
    const QString overridden = qEnvironmentVariable("MLOPS_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        const QString installed = QDir::cleanPath(
            appDir + QStringLiteral("/../") + QStringLiteral(MLOPS_INSTALL_DATA_DIR));
        if (QFileInfo::exists(installed + QStringLiteral("/python/mlops_studio/__init__.py")))
            return installed;
    }
    return QStringLiteral(MLOPS_SOURCE_DATA_DIR);
}

QString pythonHelperDir()
{
    return sharedDataDir() + QStringLiteral("/python");
}

QString containerEnginesScript()
{
    const QString shipped = sharedDataDir() + QStringLiteral("/container-engines.sh");
    if (QFileInfo::exists(shipped))
        return shipped;
    return QDir::cleanPath(QStringLiteral(MLOPS_SOURCE_DATA_DIR) + QStringLiteral("/../packaging/container-engines.sh"));
}

QString defaultPython()
{
    const QString overridden = qEnvironmentVariable("MLOPS_PYTHON");
    return overridden.isEmpty() ? QStringLiteral("/usr/bin/python3") : overridden;
}

} // namespace mlops
