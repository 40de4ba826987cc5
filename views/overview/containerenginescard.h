// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/runtime/containerengine.h"
#include "views/common/card.h"

#include <QList>

class QGridLayout;
class QLabel;

namespace mlops {

/**
 * The Overview's "Container engines" card: Docker and Podman, installed or not, running
 * or not, versions, rootless or rootful, and what to do when one is missing — the same
 * facts as `mlops doctor`. Detection runs off the GUI thread.
 */
class ContainerEnginesCard : public Card
{
    Q_OBJECT

public:
    explicit ContainerEnginesCard(QWidget *parent = nullptr);

    bool isLoading() const { return m_loading; }
    /** The engines on display (for tests). */
    const QList<EngineStatus> &engines() const { return m_engines; }

public slots:
    void reload();

signals:
    void loaded();

private:
    void show(const QList<EngineStatus> &engines);

    bool m_loading = false;
    QList<EngineStatus> m_engines;
    QGridLayout *m_grid;
    QLabel *m_hint;
};

} // namespace mlops
