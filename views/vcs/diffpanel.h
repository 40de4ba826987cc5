// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/vcs/gitrepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace mlops {

/** The diff of one pipeline or notebook between two commits (or a commit and the working tree). */
class DiffPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiffPanel(QWidget *parent = nullptr);

    void setChoices(const QStringList &documents, const QList<GitCommit> &commits);
    /** Picks a document and the two versions, and asks for the diff. */
    void compare(const QString &document, const QString &from, const QString &to = {});
    void showDiff(const QString &text, bool notebook);
    void showError(const QString &message);
    QString diffText() const;
    /** The line above the diff: what was compared, or why nothing could be. */
    QString note() const;

signals:
    /** `to` empty: the working tree. Paths relative to the repository. */
    void diffRequested(const QString &document, const QString &from, const QString &to);

private:
    void request();

    QComboBox *m_document;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_note;
    QPlainTextEdit *m_text;
};

} // namespace mlops
