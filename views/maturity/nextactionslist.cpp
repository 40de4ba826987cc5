// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/maturity/nextactionslist.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace mlops {

NextActionsList::NextActionsList(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_items(new QVBoxLayout)
{
    setObjectName(QStringLiteral("nextActions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_heading->setProperty("role", QStringLiteral("muted"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_items->setSpacing(12);
    layout->addLayout(m_items);
    layout->addStretch(1);
}

void NextActionsList::setAssessment(const MaturityAssessment &a)
{
    while (QLayoutItem *item = m_items->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_commands.clear();
    const QList<CriterionResult> next = a.nextSteps();
    m_count = int(next.size());
    const bool top = a.phaseIndex + 1 >= int(maturityPhases().size());
    m_heading->setText(next.isEmpty() ? (top ? tr("Every criterion is met: the workspace is at the Scalable phase.")
                                             : tr("Nothing left for the next phase."))
                                      : tr("To reach %1:").arg(maturityPhaseDisplayName(MaturityPhase(qMin(a.phaseIndex + 1, 3)))));
    int n = 0;
    for (const CriterionResult &c : next) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(4);
        auto *text = new QLabel(QStringLiteral("<b>%1.</b> %2%3")
                                    .arg(++n)
                                    .arg(c.next.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                                         c.required ? QString()
                                                    : QStringLiteral(" <span style='color:#6b7280'>%1</span>")
                                                          .arg(tr("(recommended)"))),
                                box);
        text->setWordWrap(true);
        text->setToolTip(c.title);
        v->addWidget(text);
        if (!c.next.command.isEmpty()) {
            auto *row = new QHBoxLayout;
            auto *command = new QLineEdit(c.next.command, box);
            command->setReadOnly(true);
            command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            command->setCursorPosition(0);
            command->setObjectName(QStringLiteral("nextCommand"));
            auto *copy = new QToolButton(box);
            copy->setText(tr("Copy"));
            const QString cmd = c.next.command;
            connect(copy, &QToolButton::clicked, this, [cmd] { QApplication::clipboard()->setText(cmd); });
            row->addWidget(command, 1);
            row->addWidget(copy);
            v->addLayout(row);
            m_commands.append(cmd);
        }
        m_items->addWidget(box);
    }
}

} // namespace mlops
