// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/tracking/runrecord.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace mlops {

/**
 * The logs of a run: stdout or stderr of a step run (for a pipeline execution, of the
 * step picked, by default the one running), its end at first and then, while the step
 * runs, what it appends — read off the GUI thread once a second.
 */
class RunLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunLogPanel(QWidget *parent = nullptr);

    void setWorkspaceRoot(const QString &root) { m_root = root; }
    /** The run (with its step runs) whose logs to offer; keeps the step picked when it stays. */
    void setRun(const RunRecord &run);
    void clear();

    QString text() const;
    /** The log file shown, absolute. */
    QString currentPath() const { return m_path; }

private:
    struct Source
    {
        QString label;
        QString uuid;
        QString stdoutPath;
        QString stderrPath;
        bool running = false;
    };

    void rebuildSources(const QList<Source> &sources, const QString &preferred);
    void showCurrent();
    void poll();

    QString m_root;
    QList<Source> m_sources;
    QComboBox *m_step;
    QComboBox *m_stream;
    QCheckBox *m_follow;
    QLabel *m_note;
    QPlainTextEdit *m_text;
    QTimer *m_timer;
    QString m_path;
    qint64 m_offset = -1;
    bool m_reading = false;
    quint64 m_generation = 0;
};

} // namespace mlops
