// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QFrame>

class QFileSystemWatcher;
class QLabel;
class QPushButton;
class QTimer;

namespace mlops {

class PipelineDocument;

/**
 * Watches the open pipeline's file and keeps the document and the file from drifting
 * apart unnoticed, as text editors do: a change on disk reloads a document without
 * unsaved edits at once (one undoable step); with unsaved edits this bar says so and
 * offers Reload or Keep Mine. Save asks before writing over a file changed on disk
 * (confirmOverwrite()), and a run checks that the file is what the editor shows
 * (matchesDisk()).
 */
class DiskChangeBar : public QFrame
{
    Q_OBJECT

public:
    explicit DiskChangeBar(QWidget *parent = nullptr);

    /** The document whose file to watch; nullptr stops watching. */
    void setDocument(PipelineDocument *document);
    /**
     * Compares the file with the document now (the watcher does it on its own a moment
     * after a change): reloads, marks clean or shows the bar.
     */
    void check();
    /** Whether the file on disk holds exactly the document's text. */
    bool matchesDisk() const;
    /**
     * Before Save: when the file changed on disk since the document read or wrote it,
     * asks whether to overwrite it (or reload it instead); false when Save must not write.
     */
    bool confirmOverwrite();
    /** The bar is up: the file changed on disk and the document has unsaved edits. */
    bool hasConflict() const { return m_conflict; }

    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }

signals:
    void statusMessage(const QString &message);

private:
    void watch();
    void reload();
    void keepMine();

    PipelineDocument *m_document = nullptr;
    QFileSystemWatcher *m_watcher;
    QTimer *m_coalesce;
    QLabel *m_message;
    QPushButton *m_reload;
    QPushButton *m_keep;
    bool m_conflict = false;
};

} // namespace mlops
