// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/runtime/containerengine.h"
#include "views/common/asynccard.h"

#include <QElapsedTimer>
#include <QList>

class QGridLayout;
class QLabel;

namespace mlops {

/**
 * The Overview's "Container engines" card: Docker and Podman, installed or not, running
 * or not, versions, rootless or rootful, and what to do when one is missing — the same
 * facts as `mlops doctor`. Detection runs off the GUI thread, and the Overview counts
 * the card as busy meanwhile (the tour waits for it). Engines rarely come and go, so
 * the Overview's own reloads (every change in the workspace) look again at most every
 * 30 s; "Check again" always does.
 */
class ContainerEnginesCard : public AsyncCard
{
    Q_OBJECT

public:
    explicit ContainerEnginesCard(QWidget *parent = nullptr);

    bool isLoading() const { return isBusy(); }
    /** The engines on display (for tests). */
    const QList<EngineStatus> &engines() const { return m_engines; }

public slots:
    /** Detects again unless the last detection is less than 30 s old. */
    void reload() override;
    /** Detects again now. */
    void detect();

signals:
    void loaded();

private:
    void show(const QList<EngineStatus> &engines);

    QElapsedTimer m_detected;   ///< since the last detection ended
    QList<EngineStatus> m_engines;
    QGridLayout *m_grid;
    QLabel *m_hint;
};

} // namespace mlops
