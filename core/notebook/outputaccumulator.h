// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

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

    /**
     * Deferred, the text of a growing stream output is collected here and written into
     * the cell's outputs by flush() (and before any other change), so a cell that prints
     * 200,000 lines costs linear time, not a copy of all its text per message. For
     * headless runs, which read the outputs only after each cell; the studio shows text
     * as it comes and keeps the default (immediate).
     */
    void setDeferStreams(bool defer) { m_deferStreams = defer; }
    /** Writes pending stream text into its output. */
    void flush();

    /** nbformat output objects from message content. */
    static QJsonObject outputFromMessage(const JupyterMessage &message);

private:
    QList<OutputChange> append(const QString &cellId, QJsonArray &outputs, const QJsonObject &output,
                               const QString &displayId);
    QList<OutputChange> clear(const QString &cellId, QJsonArray &outputs);

    struct PendingStream
    {
        QString cellId;
        int index = -1;
        QString name;
        QString text;   ///< the output's whole text
    };

    CellLookup m_lookup;
    bool m_deferStreams = false;
    std::optional<PendingStream> m_pending;
    bool m_clearPending = false;
    QString m_clearCell;
    QHash<QString, QList<QPair<QString, int>>> m_displays;  ///< display id → (cell, output index)
};

} // namespace mlops
