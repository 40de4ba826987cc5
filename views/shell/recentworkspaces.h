// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QStringList>

namespace mlops {

/** The most recently opened workspaces (QSettings), newest first, existing ones only. */
class RecentWorkspaces
{
public:
    static constexpr int kMaximum = 10;

    static QStringList list();
    static void add(const QString &root);
    static void remove(const QString &root);
};

} // namespace mlops
