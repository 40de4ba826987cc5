// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace mlops {

struct JupyterMessage;

/** What one iopub message did to a cell's outputs. */
struct OutputChange
{
    enum class Kind { Appended, Updated, Cleared };
    Kind kind = Kind::Appended;
    QString cellId;
    int index = -1;   ///< the output appended or updated
};

/**
 * Turns the iopub messages of executions into nbformat outputs, as Jupyter's own
 * clients (nbclient, JupyterLab) do: consecutive stream text of the same stream joins
 * one output, clear_output(wait=True) clears when the next output comes,
 * update_display_data rewrites every output shown under that display id — in any cell.
 * Used by headless runs and by the studio alike.
 */
class OutputAccumulator
{
public:
    /** Gives the outputs of a cell by id (nullptr when the cell is gone). */
    using CellLookup = std::function<QJsonArray *(const QString &cellId)>;

    explicit OutputAccumulator(CellLookup lookup) : m_lookup(std::move(lookup)) {}

    /** A new execution of `cellId` starts: a pending clear from before is dropped. */
    void beginCell(const QString &cellId);
    /** Applies an iopub message of the execution of `cellId`. */
    QList<OutputChange> apply(const QString &cellId, const JupyterMessage &message);
    /** The outputs of `cellId` were cleared or replaced outside of execution. */
    void forgetCell(const QString &cellId);

    /** nbformat output objects from message content. */
    static QJsonObject outputFromMessage(const JupyterMessage &message);

private:
    QList<OutputChange> append(const QString &cellId, QJsonArray &outputs, const QJsonObject &output,
                               const QString &displayId);
    QList<OutputChange> clear(const QString &cellId, QJsonArray &outputs);

    CellLookup m_lookup;
    bool m_clearPending = false;
    QString m_clearCell;
    QHash<QString, QList<QPair<QString, int>>> m_displays;  ///< display id → (cell, output index)
};

} // namespace mlops
