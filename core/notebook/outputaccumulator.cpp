// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/outputaccumulator.h"

#include "core/notebook/jupytermessage.h"

#include <QJsonObject>

namespace mlops {

namespace {
QString displayIdOf(const JupyterMessage &m)
{
    return m.content.value(QStringLiteral("transient")).toObject().value(QStringLiteral("display_id")).toString();
}
} // namespace

void OutputAccumulator::beginCell(const QString &cellId)
{
    Q_UNUSED(cellId);
    flush();
    m_clearPending = false;
    m_clearCell.clear();
}

void OutputAccumulator::flush()
{
    if (!m_pending)
        return;
    const PendingStream pending = std::move(*m_pending);
    m_pending.reset();
    QJsonArray *outputs = m_lookup(pending.cellId);
    if (!outputs || pending.index >= outputs->size())
        return;
    QJsonObject output = outputs->at(pending.index).toObject();
    output.insert(QStringLiteral("text"), pending.text);
    outputs->replace(pending.index, output);
}

void OutputAccumulator::forgetCell(const QString &cellId)
{
    if (m_pending && m_pending->cellId == cellId)
        m_pending.reset();
    for (auto it = m_displays.begin(); it != m_displays.end();) {
        it->removeIf([&](const QPair<QString, int> &p) { return p.first == cellId; });
        it = it->isEmpty() ? m_displays.erase(it) : std::next(it);
    }
    if (m_clearCell == cellId)
        m_clearPending = false;
}

QJsonObject OutputAccumulator::outputFromMessage(const JupyterMessage &m)
{
    const QString type = m.msgType();
    QJsonObject out;
    if (type == QStringLiteral("stream")) {
        out.insert(QStringLiteral("output_type"), QStringLiteral("stream"));
        out.insert(QStringLiteral("name"), m.content.value(QStringLiteral("name")).toString(QStringLiteral("stdout")));
        out.insert(QStringLiteral("text"), m.content.value(QStringLiteral("text")).toString());
    } else if (type == QStringLiteral("display_data") || type == QStringLiteral("execute_result")
               || type == QStringLiteral("update_display_data")) {
        out.insert(QStringLiteral("output_type"),
                   type == QStringLiteral("execute_result") ? type : QStringLiteral("display_data"));
        out.insert(QStringLiteral("data"), m.content.value(QStringLiteral("data")).toObject());
        out.insert(QStringLiteral("metadata"), m.content.value(QStringLiteral("metadata")).toObject());
        if (type == QStringLiteral("execute_result"))
            out.insert(QStringLiteral("execution_count"), m.content.value(QStringLiteral("execution_count")));
    } else if (type == QStringLiteral("error")) {
        out.insert(QStringLiteral("output_type"), QStringLiteral("error"));
        out.insert(QStringLiteral("ename"), m.content.value(QStringLiteral("ename")).toString());
        out.insert(QStringLiteral("evalue"), m.content.value(QStringLiteral("evalue")).toString());
        out.insert(QStringLiteral("traceback"), m.content.value(QStringLiteral("traceback")).toArray());
    }
    return out;
}

QList<OutputChange> OutputAccumulator::apply(const QString &cellId, const JupyterMessage &message)
{
    const QString type = message.msgType();
    if (type != QStringLiteral("stream"))
        flush();
    if (type == QStringLiteral("update_display_data")) {
        const QString displayId = displayIdOf(message);
        QList<OutputChange> changes;
        const QJsonObject replacement = outputFromMessage(message);
        for (const auto &[cell, index] : m_displays.value(displayId)) {
            QJsonArray *outputs = m_lookup(cell);
            if (!outputs || index >= outputs->size())
                continue;
            QJsonObject output = outputs->at(index).toObject();
            output.insert(QStringLiteral("data"), replacement.value(QStringLiteral("data")));
            output.insert(QStringLiteral("metadata"), replacement.value(QStringLiteral("metadata")));
            outputs->replace(index, output);
            changes.append({OutputChange::Kind::Updated, cell, index});
        }
        return changes;
    }
    QJsonArray *outputs = m_lookup(cellId);
    if (!outputs)
        return {};
    if (type == QStringLiteral("clear_output")) {
        if (message.content.value(QStringLiteral("wait")).toBool()) {
            m_clearPending = true;
            m_clearCell = cellId;
            return {};
        }
        return clear(cellId, *outputs);
    }
    if (type != QStringLiteral("stream") && type != QStringLiteral("display_data")
        && type != QStringLiteral("execute_result") && type != QStringLiteral("error"))
        return {};  // comms, debug events…: not outputs
    QList<OutputChange> changes;
    if (m_clearPending && m_clearCell == cellId) {
        m_clearPending = false;
        changes = clear(cellId, *outputs);
    }
    changes.append(append(cellId, *outputs, outputFromMessage(message), displayIdOf(message)));
    return changes;
}

QList<OutputChange> OutputAccumulator::append(const QString &cellId, QJsonArray &outputs,
                                              const QJsonObject &output, const QString &displayId)
{
    const bool stream = output.value(QStringLiteral("output_type")).toString() == QStringLiteral("stream");
    if (stream && m_pending && m_pending->cellId == cellId && m_pending->index == int(outputs.size()) - 1
        && m_pending->name == output.value(QStringLiteral("name")).toString()) {
        m_pending->text += output.value(QStringLiteral("text")).toString();
        if (!m_deferStreams) {
            QJsonObject previous = outputs.at(m_pending->index).toObject();
            previous.insert(QStringLiteral("text"), m_pending->text);
            outputs.replace(m_pending->index, previous);
        }
        return {{OutputChange::Kind::Updated, cellId, m_pending->index}};
    }
    flush();
    if (stream && !outputs.isEmpty()) {
        const int last = int(outputs.size()) - 1;
        QJsonObject previous = outputs.at(last).toObject();
        if (previous.value(QStringLiteral("output_type")).toString() == QStringLiteral("stream")
            && previous.value(QStringLiteral("name")) == output.value(QStringLiteral("name"))) {
            const QString text = previous.value(QStringLiteral("text")).toString()
                                 + output.value(QStringLiteral("text")).toString();
            m_pending = PendingStream{cellId, last, output.value(QStringLiteral("name")).toString(), text};
            if (!m_deferStreams) {
                previous.insert(QStringLiteral("text"), text);
                outputs.replace(last, previous);
            }
            return {{OutputChange::Kind::Updated, cellId, last}};
        }
    }
    outputs.append(output);
    const int index = int(outputs.size()) - 1;
    if (stream)
        m_pending = PendingStream{cellId, index, output.value(QStringLiteral("name")).toString(),
                                  output.value(QStringLiteral("text")).toString()};
    if (!displayId.isEmpty())
        m_displays[displayId].append({cellId, index});
    return {{OutputChange::Kind::Appended, cellId, index}};
}

QList<OutputChange> OutputAccumulator::clear(const QString &cellId, QJsonArray &outputs)
{
    if (m_pending && m_pending->cellId == cellId)
        m_pending.reset();
    outputs = QJsonArray();
    forgetCell(cellId);
    return {{OutputChange::Kind::Cleared, cellId, -1}};
}

} // namespace mlops
