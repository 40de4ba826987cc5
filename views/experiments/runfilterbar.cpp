// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/experiments/runfilterbar.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace mlops {

RunFilterBar::RunFilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_filter(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_status(new QComboBox(this)), m_pipeline(new QComboBox(this)), m_columns(new QToolButton(this)),
      m_error(new QLabel(this)), m_count(new QLabel(this)), m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);

    m_search->setObjectName(QStringLiteral("runSearch"));
    m_search->setPlaceholderText(tr("Search name, id, commit…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(260);
    row->addWidget(m_search, 2);

    m_filter->setObjectName(QStringLiteral("runFilter"));
    m_filter->setPlaceholderText(tr("Filter, e.g. accuracy > 0.9 and status = Completed"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(
        tr("<p>Conditions on final metrics, parameters and run fields, joined with <b>and</b>, <b>or</b>, "
           "<b>not</b> and parentheses:</p><p><code>accuracy &gt; 0.9 and n_estimators &gt;= 100</code><br>"
           "<code>status = Failed or duration &gt; 5m</code><br><code>name ~ train and not cached</code></p>"
           "<p>Operators: = != &lt; &lt;= &gt; &gt;= and ~ (contains). Run fields: %1. "
           "Write <code>metrics.x</code> or <code>params.x</code> when a name is both; quote other names "
           "with backquotes.</p>")
            .arg(runquery::filterFields().join(QStringLiteral(", "))));
    row->addWidget(m_filter, 5);

    m_kind->setObjectName(QStringLiteral("runKind"));
    m_kind->addItem(tr("Top-level runs"), QStringList());
    m_kind->addItem(tr("Pipeline executions"), QStringList{QStringLiteral("pipeline")});
    m_kind->addItem(tr("Step runs"), QStringList{QStringLiteral("step")});
    m_kind->addItem(tr("Notebook runs"), QStringList{QStringLiteral("notebook")});
    m_kind->addItem(tr("Steps and notebooks"), QStringList{QStringLiteral("step"), QStringLiteral("notebook")});
    m_kind->addItem(tr("All runs, flat"),
                    QStringList{QStringLiteral("pipeline"), QStringLiteral("step"), QStringLiteral("notebook")});
    m_kind->setToolTip(tr("Which runs to list: top level (pipeline executions, with their steps "
                          "when expanded, and notebook runs), or one kind, flat"));
    row->addWidget(m_kind);

    m_status->setObjectName(QStringLiteral("runStatusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (RunStatus s : {RunStatus::Running, RunStatus::Completed, RunStatus::Failed, RunStatus::Stopped,
                        RunStatus::Interrupted, RunStatus::Pending, RunStatus::Skipped})
        m_status->addItem(runStatusDisplayName(s), runStatusName(s));
    row->addWidget(m_status);

    m_pipeline->setObjectName(QStringLiteral("runPipeline"));
    m_pipeline->addItem(tr("Any pipeline"), QString());
    row->addWidget(m_pipeline);

    m_columns->setObjectName(QStringLiteral("runColumns"));
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the parameters and final metrics shown as columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setMenu(new QMenu(m_columns));
    connect(m_columns->menu(), &QMenu::aboutToShow, this, &RunFilterBar::rebuildColumnsMenu);
    row->addWidget(m_columns);
    layout->addLayout(row);

    auto *second = new QHBoxLayout;
    m_error->setObjectName(QStringLiteral("runFilterError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    second->addWidget(m_error, 1);
    m_count->setObjectName(QStringLiteral("runCount"));
    m_count->setProperty("role", QStringLiteral("muted"));
    second->addStretch(0);
    second->addWidget(m_count);
    layout->addLayout(second);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &RunFilterBar::queryChanged);
    // Style sheets make combo boxes narrower than their text: size them from it.
    for (QComboBox *box : {m_kind, m_status}) {
        int widest = 0;
        for (int i = 0; i < box->count(); ++i)
            widest = std::max(widest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
        box->setMinimumWidth(widest + 44);
    }
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_search, m_filter}) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_debounce->stop();
            emit queryChanged();
        });
    }
    for (QComboBox *box : {m_kind, m_status, m_pipeline})
        connect(box, &QComboBox::currentIndexChanged, this, &RunFilterBar::queryChanged);
}

RunListQuery RunFilterBar::query() const
{
    RunListQuery q;
    q.kinds = m_kind->currentData().toStringList();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        q.statuses = {status};
    if (const QString pipeline = m_pipeline->currentData().toString(); !pipeline.isEmpty())
        q.pipelines = {pipeline};
    q.search = m_search->text().trimmed();
    q.filter = m_filter->text();
    return q;
}

void RunFilterBar::setSearch(const QString &text)
{
    m_search->setText(text);
}

void RunFilterBar::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void RunFilterBar::setKinds(const QStringList &kinds)
{
    for (int i = 0; i < m_kind->count(); ++i) {
        if (m_kind->itemData(i).toStringList() == kinds) {
            m_kind->setCurrentIndex(i);
            return;
        }
    }
}

void RunFilterBar::setStatus(const QString &status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

void RunFilterBar::clearAll()
{
    const QSignalBlocker a(m_search);
    const QSignalBlocker b(m_filter);
    const QSignalBlocker c(m_kind);
    const QSignalBlocker d(m_status);
    const QSignalBlocker e(m_pipeline);
    m_search->clear();
    m_filter->clear();
    m_kind->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_pipeline->setCurrentIndex(0);
    emit queryChanged();
}

void RunFilterBar::setChoices(const RunColumnChoices &choices)
{
    m_choices = choices;
    const QString current = m_pipeline->currentData().toString();
    const QSignalBlocker block(m_pipeline);
    m_pipeline->clear();
    m_pipeline->addItem(tr("Any pipeline"), QString());
    for (const QString &file : choices.pipelines)
        m_pipeline->addItem(QFileInfo(file).completeBaseName(), file);
    m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(current)));
    int widest = 0;
    for (int i = 0; i < m_pipeline->count(); ++i)
        widest = std::max(widest, m_pipeline->fontMetrics().horizontalAdvance(m_pipeline->itemText(i)));
    m_pipeline->setMinimumWidth(std::min(widest, 220) + 44);
}

void RunFilterBar::setColumns(const QStringList &parameters, const QStringList &metrics)
{
    m_parameterColumns = parameters;
    m_metricColumns = metrics;
}

void RunFilterBar::rebuildColumnsMenu()
{
    QMenu *menu = m_columns->menu();
    menu->clear();
    auto section = [&](const QString &title, const QStringList &names, QStringList *chosen, bool metrics) {
        menu->addSection(title);
        if (names.isEmpty())
            menu->addAction(tr("(none recorded yet)"))->setEnabled(false);
        for (const QString &name : names) {
            QAction *action = menu->addAction(name);
            action->setCheckable(true);
            action->setChecked(chosen->contains(name));
            connect(action, &QAction::toggled, this, [this, name, metrics](bool on) {
                QStringList &list = metrics ? m_metricColumns : m_parameterColumns;
                if (on && !list.contains(name))
                    list.append(name);
                else if (!on)
                    list.removeAll(name);
                emit columnsChanged(m_parameterColumns, m_metricColumns);
            });
        }
    };
    section(tr("Parameters"), m_choices.parameters, &m_parameterColumns, false);
    section(tr("Final metrics"), m_choices.metrics, &m_metricColumns, true);
}

void RunFilterBar::showFilterError(const Error &error)
{
    const bool bad = !error.message.isEmpty();
    m_error->setText(bad ? tr("Filter: %1").arg(error.message) : QString());
    m_error->setVisible(bad);
    m_filter->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #dc2626; }") : QString());
    if (bad && error.column > 0 && !m_filter->hasFocus())
        m_filter->setCursorPosition(error.column - 1);
}

QString RunFilterBar::filterError() const
{
    return m_error->text();
}

void RunFilterBar::setRunCount(int count, bool loading)
{
    m_count->setText(loading ? tr("Loading…") : tr("%n run(s)", nullptr, count));
}

} // namespace mlops
