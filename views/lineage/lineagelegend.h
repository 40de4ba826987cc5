// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/lineage/lineageentity.h"

#include <QIcon>
#include <QWidget>

namespace mlops {

/** The key to the graph: every entity kind with its shape and colours, and the focus colours. */
class LineageLegend : public QWidget
{
    Q_OBJECT

public:
    explicit LineageLegend(QWidget *parent = nullptr);

    /** A small picture of a kind's node: its outline in its colours. */
    static QIcon kindIcon(EntityKind kind);
};

} // namespace mlops
