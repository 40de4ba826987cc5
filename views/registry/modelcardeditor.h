// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace mlops {

/**
 * The model card of a version: Markdown on the left, its rendering on the right
 * (updated as you type), Save and Revert. Saving is the screen's job (saveRequested);
 * the registry audits every change.
 */
class ModelCardEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ModelCardEditor(QWidget *parent = nullptr);

    /** Shows a version's card; forgets unsaved edits of the previous one. */
    void setCard(const QString &ref, const QString &markdown);
    QString ref() const { return m_ref; }
    QString markdown() const;
    bool isModified() const;
    /** After a successful save: the saved text becomes the baseline. */
    void markSaved(const QString &markdown);
    void setBusy(bool busy);

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }

signals:
    void saveRequested(const QString &ref, const QString &markdown);
    void modifiedChanged(bool modified);

private:
    void updateState();

    QString m_ref;
    QString m_saved;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_state;
    QTimer *m_render;
    bool m_busy = false;
};

} // namespace mlops
