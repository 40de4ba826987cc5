// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/experiments/runlogpanel.h"

#include "core/tracking/rundetails.h"
#include "views/common/async.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace mlops {

namespace {

QString logPath(const QString &root, const RunRecord &run, const QString &stream)
{
    for (const ArtifactRecord &a : run.artifacts) {
        if (a.role == QStringLiteral("log") && a.name == stream)
            return QDir(root).absoluteFilePath(a.path);
    }
    return QDir(root).absoluteFilePath(QStringLiteral(".mlops/logs/%1/%2.log").arg(run.uuid, stream));
}

bool hasLogs(const RunRecord &run)
{
    return std::any_of(run.artifacts.cbegin(), run.artifacts.cend(),
                       [](const ArtifactRecord &a) { return a.role == QStringLiteral("log"); });
}

} // namespace

RunLogPanel::RunLogPanel(QWidget *parent)
    : QWidget(parent), m_step(new QComboBox(this)), m_stream(new QComboBox(this)),
      m_follow(new QCheckBox(tr("Follow"), this)), m_note(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Step"), this));
    m_step->setObjectName(QStringLiteral("logStep"));
    m_step->setMinimumContentsLength(14);
    bar->addWidget(m_step);
    m_stream->setObjectName(QStringLiteral("logStream"));
    m_stream->addItem(tr("Standard output"), QStringLiteral("stdout"));
    m_stream->addItem(tr("Standard error"), QStringLiteral("stderr"));
    bar->addWidget(m_stream);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep showing new lines while the step runs"));
    bar->addWidget(m_follow);
    bar->addStretch(1);
    m_note->setProperty("role", QStringLiteral("muted"));
    bar->addWidget(m_note);
    layout->addLayout(bar);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(20000);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(9);
    m_text->setFont(mono);
    layout->addWidget(m_text, 1);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RunLogPanel::poll);
    connect(m_step, &QComboBox::currentIndexChanged, this, &RunLogPanel::showCurrent);
    connect(m_stream, &QComboBox::currentIndexChanged, this, &RunLogPanel::showCurrent);
}

void RunLogPanel::clear()
{
    m_sources.clear();
    m_step->clear();
    m_text->clear();
    m_path.clear();
    m_timer->stop();
    ++m_generation;
}

QString RunLogPanel::text() const
{
    return m_text->toPlainText();
}

void RunLogPanel::setRun(const RunRecord &run)
{
    QList<Source> sources;
    auto add = [&](const RunRecord &r, const QString &label) {
        sources.append(Source{label, r.uuid, logPath(m_root, r, QStringLiteral("stdout")),
                              logPath(m_root, r, QStringLiteral("stderr")),
                              !isFinalStatus(r.status)});
    };
    QString preferred;
    if (run.kind == QStringLiteral("pipeline")) {
        for (const RunRecord &child : run.children) {
            if (!hasLogs(child))
                continue;
            add(child, child.name);
            if (child.status == RunStatus::Running)
                preferred = child.uuid;
        }
        if (preferred.isEmpty() && !sources.isEmpty())
            preferred = sources.last().uuid;
    } else {
        add(run, run.name);
        preferred = run.uuid;
    }
    rebuildSources(sources, preferred);
}

void RunLogPanel::rebuildSources(const QList<Source> &sources, const QString &preferred)
{
    const QString current = m_step->currentData().toString();
    const int index = m_step->currentIndex();
    const bool wasRunning = index >= 0 && index < m_sources.size() && m_sources.at(index).running;
    const bool sameList = [&] {
        if (sources.size() != m_sources.size())
            return false;
        for (int i = 0; i < sources.size(); ++i) {
            if (sources.at(i).uuid != m_sources.at(i).uuid)
                return false;
        }
        return true;
    }();
    m_sources = sources;
    if (sameList && !current.isEmpty()) {
        // Same steps: keep the one the user looks at, only their running state changed.
        const bool running = index >= 0 && m_sources.at(index).running;
        if (running && !m_timer->isActive())
            m_timer->start();
        if (wasRunning && !running)
            poll();  // the last lines, also one without a newline
        return;
    }
    {
        const QSignalBlocker block(m_step);
        m_step->clear();
        for (const Source &s : std::as_const(m_sources))
            m_step->addItem(s.label, s.uuid);
        m_step->setEnabled(m_sources.size() > 1);
        const int keep = m_step->findData(current);
        m_step->setCurrentIndex(keep >= 0 ? keep : std::max(0, m_step->findData(preferred)));
    }
    showCurrent();
}

void RunLogPanel::showCurrent()
{
    ++m_generation;
    m_text->clear();
    m_offset = -1;
    m_reading = false;
    const int i = m_step->currentIndex();
    if (i < 0 || i >= m_sources.size()) {
        m_path.clear();
        m_note->setText(tr("This run has no logs."));
        m_timer->stop();
        return;
    }
    const Source &source = m_sources.at(i);
    m_path = m_stream->currentData().toString() == QStringLiteral("stderr") ? source.stderrPath : source.stdoutPath;
    m_note->clear();
    poll();
    if (source.running)
        m_timer->start();
    else
        m_timer->stop();
}

void RunLogPanel::poll()
{
    if (m_path.isEmpty() || m_reading)
        return;
    const int i = m_step->currentIndex();
    const bool running = i >= 0 && i < m_sources.size() && m_sources.at(i).running;
    if (m_offset >= 0 && !m_follow->isChecked())
        return;
    m_reading = true;
    const QString path = m_path;
    const qint64 offset = m_offset;
    const quint64 generation = m_generation;
    runAsync(
        this, [path, offset, running] { return readLogChunk(path, offset, 512 * 1024, running); },
        [this, generation, running](const LogChunk &chunk) {
            if (generation != m_generation)
                return;
            m_reading = false;
            QScrollBar *bar = m_text->verticalScrollBar();
            const bool atEnd = bar->value() >= bar->maximum() - 2;
            if (!chunk.exists) {
                m_note->setText(tr("No log yet"));
            } else if (m_offset < 0) {
                m_note->setText(chunk.skippedStart ? tr("Showing the end of the log") : QString());
                if (chunk.text.isEmpty())
                    m_text->setPlaceholderText(tr("(empty)"));
            }
            m_offset = chunk.offset;
            if (!chunk.text.isEmpty()) {
                QString text = chunk.text;
                if (text.endsWith(QLatin1Char('\n')))
                    text.chop(1);
                m_text->appendPlainText(text);
                if (atEnd || m_follow->isChecked())
                    bar->setValue(bar->maximum());
            }
            if (!running)
                m_timer->stop();
        });
}

} // namespace mlops
