// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/registry/modelcardeditor.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace mlops {

ModelCardEditor::ModelCardEditor(QWidget *parent)
    : QWidget(parent), m_editor(new QPlainTextEdit(this)), m_preview(new QTextBrowser(this)),
      m_save(new QPushButton(tr("Save card"), this)), m_revert(new QPushButton(tr("Revert"), this)),
      m_state(new QLabel(this)), m_render(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    auto *bar = new QHBoxLayout;
    m_state->setProperty("role", QStringLiteral("muted"));
    bar->addWidget(m_state, 1);
    m_revert->setObjectName(QStringLiteral("revertCard"));
    m_save->setObjectName(QStringLiteral("saveCard"));
    m_save->setProperty("role", QStringLiteral("primary"));
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_editor->setObjectName(QStringLiteral("cardEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("Describe the model in Markdown: intended use, metrics, data, limitations."));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setObjectName(QStringLiteral("cardPreview"));
    // A link in the card opens outside the studio (a web page, mail); one within the card
    // scrolls to it. A relative link names a file the preview cannot show: followed, it
    // would replace the preview with an empty page until the next keystroke.
    m_preview->setOpenLinks(false);
    connect(m_preview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.isRelative() && url.path().isEmpty() && url.hasFragment())
            m_preview->scrollToAnchor(url.fragment());
        else if (!url.isRelative())
            QDesktopServices::openUrl(url);
    });
    split->addWidget(m_editor);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    // Render after a pause in typing, not on every key.
    m_render->setSingleShot(true);
    m_render->setInterval(200);
    connect(m_render, &QTimer::timeout, this, [this] { m_preview->setMarkdown(m_editor->toPlainText()); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_render->start();
        updateState();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(m_ref, markdown()); });
    connect(m_revert, &QPushButton::clicked, this, [this] { setCard(m_ref, m_saved); });
    updateState();
}

void ModelCardEditor::setCard(const QString &ref, const QString &markdown)
{
    m_ref = ref;
    m_saved = markdown;
    {
        const QSignalBlocker block(m_editor);
        m_editor->setPlainText(markdown);
    }
    m_preview->setMarkdown(markdown);
    updateState();
}

QString ModelCardEditor::markdown() const
{
    return m_editor->toPlainText();
}

bool ModelCardEditor::isModified() const
{
    return markdown() != m_saved;
}

void ModelCardEditor::markSaved(const QString &markdown)
{
    m_saved = markdown;
    updateState();
}

void ModelCardEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void ModelCardEditor::updateState()
{
    const bool modified = isModified();
    m_save->setEnabled(modified && !m_busy && !m_ref.isEmpty());
    m_revert->setEnabled(modified && !m_busy);
    m_state->setText(m_ref.isEmpty() ? QString()
                     : modified      ? tr("Unsaved changes to the model card of %1").arg(m_ref)
                                     : tr("Model card of %1 — saved; every change is audited").arg(m_ref));
    emit modifiedChanged(modified);
}

} // namespace mlops
