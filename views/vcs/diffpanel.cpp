// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/vcs/diffpanel.h"

#include "views/common/diffhighlighter.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mlops {

DiffPanel::DiffPanel(QWidget *parent)
    : QWidget(parent), m_document(new QComboBox(this)), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_note(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("File"), this), 0, 0);
    m_document->setObjectName(QStringLiteral("diffDocument"));
    grid->addWidget(m_document, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("From"), this), 1, 0);
    m_from->setObjectName(QStringLiteral("diffFrom"));
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(new QLabel(tr("to"), this), 1, 2);
    m_to->setObjectName(QStringLiteral("diffTo"));
    grid->addWidget(m_to, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    m_note->setProperty("role", QStringLiteral("muted"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_text->setObjectName(QStringLiteral("diffText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_text->document());
    layout->addWidget(m_text, 1);

    for (QComboBox *box : {m_document, m_from, m_to})
        connect(box, &QComboBox::activated, this, &DiffPanel::request);
}

void DiffPanel::setChoices(const QStringList &documents, const QList<GitCommit> &commits)
{
    const QString document = m_document->currentText();
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    m_document->clear();
    m_document->addItems(documents);
    m_from->clear();
    m_to->clear();
    m_to->addItem(tr("Working tree (uncommitted)"), QString());
    for (const GitCommit &c : commits) {
        const QString label = c.shortSha() + QStringLiteral("  ") + c.summary.left(60);
        m_from->addItem(label, c.sha);
        m_to->addItem(label, c.sha);
    }
    if (const int i = m_document->findText(document); i >= 0)
        m_document->setCurrentIndex(i);
    if (const int i = m_from->findData(from); i >= 0)
        m_from->setCurrentIndex(i);
    else if (m_from->count() > 1)
        m_from->setCurrentIndex(1);   // the commit before HEAD: "what the last commit changed"
    if (const int i = m_to->findData(to); i >= 0)
        m_to->setCurrentIndex(i);
}

void DiffPanel::compare(const QString &document, const QString &from, const QString &to)
{
    if (const int i = m_document->findText(document); i >= 0)
        m_document->setCurrentIndex(i);
    if (const int i = m_from->findData(from); i >= 0)
        m_from->setCurrentIndex(i);
    if (const int i = m_to->findData(to); i >= 0)
        m_to->setCurrentIndex(i);
    request();
}

void DiffPanel::request()
{
    if (m_document->currentText().isEmpty() || m_from->currentIndex() < 0)
        return;
    m_note->setText(tr("Comparing…"));
    emit diffRequested(m_document->currentText(), m_from->currentData().toString(), m_to->currentData().toString());
}

void DiffPanel::showDiff(const QString &text, bool notebook)
{
    m_text->setPlainText(text);
    m_note->setText(text.isEmpty() ? tr("No differences.")
                    : notebook     ? tr("Notebooks are compared by their cells' sources (outputs left out).")
                                   : QString());
}

void DiffPanel::showError(const QString &message)
{
    m_text->clear();
    m_note->setText(message);
}

QString DiffPanel::diffText() const
{
    return m_text->toPlainText();
}

QString DiffPanel::note() const
{
    return m_note->text();
}

} // namespace mlops
