// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/diskchangebar.h"

#include "core/common/fileutil.h"
#include "views/pipeline/pipelinedocument.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace mlops {

DiskChangeBar::DiskChangeBar(QWidget *parent)
    : QFrame(parent), m_watcher(new QFileSystemWatcher(this)), m_coalesce(new QTimer(this)), m_message(new QLabel(this)),
      m_reload(new QPushButton(tr("Reload"), this)), m_keep(new QPushButton(tr("Keep Mine"), this))
{
    setObjectName(QStringLiteral("diskChangeBar"));
    m_message->setObjectName(QStringLiteral("diskChangeMessage"));
    m_message->setWordWrap(true);
    m_reload->setObjectName(QStringLiteral("diskChangeReload"));
    m_reload->setToolTip(tr("Show the file as it is on disk now; Undo brings your edits back"));
    m_keep->setObjectName(QStringLiteral("diskChangeKeep"));
    m_keep->setToolTip(tr("Keep editing your version; Save will write it over the file"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    hide();
    // An editor's save is often several events (write, rename, attribute change): the
    // file is compared once it has settled.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(150);
    connect(m_coalesce, &QTimer::timeout, this, &DiskChangeBar::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watch();  // a file replaced by rename is no longer watched
        m_coalesce->start();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        // Deleted and written again: the file's watch is gone, the folder's tells.
        if (m_document && !m_watcher->files().contains(m_document->filePath()) && QFileInfo::exists(m_document->filePath())) {
            watch();
            m_coalesce->start();
        }
    });
    connect(m_reload, &QPushButton::clicked, this, &DiskChangeBar::reload);
    connect(m_keep, &QPushButton::clicked, this, &DiskChangeBar::keepMine);
}

void DiskChangeBar::setDocument(PipelineDocument *document)
{
    if (m_document)
        QObject::disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_conflict = false;
    hide();
    watch();
    if (m_document)
        connect(m_document, &PipelineDocument::filePathChanged, this, &DiskChangeBar::watch);
}

void DiskChangeBar::watch()
{
    const QString file = m_document ? m_document->filePath() : QString();
    const QString dir = file.isEmpty() ? QString() : QFileInfo(file).absolutePath();
    for (const QString &watched : m_watcher->files()) {
        if (watched != file)
            m_watcher->removePath(watched);
    }
    for (const QString &watched : m_watcher->directories()) {
        if (watched != dir)
            m_watcher->removePath(watched);
    }
    if (!file.isEmpty() && QFileInfo::exists(file) && !m_watcher->files().contains(file))
        m_watcher->addPath(file);
    if (!dir.isEmpty() && QFileInfo::exists(dir) && !m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
}

void DiskChangeBar::check()
{
    m_coalesce->stop();
    if (!m_document || m_document->filePath().isEmpty() || !m_document->diskText())
        return;  // not a file yet (or made in the studio and not saved)
    const QString name = m_document->displayName();
    const Result<QByteArray> disk = readFile(m_document->filePath());
    if (!disk) {
        if (!QFileInfo::exists(m_document->filePath())) {
            // Nothing to reload: the document is the only copy now, and Save writes it again.
            m_document->setUnsaved(true);
            m_conflict = false;
            hide();
            emit statusMessage(tr("%1 was deleted on disk; Save writes it again").arg(name));
        }
        return;
    }
    if (*disk == *m_document->diskText())
        return;  // the document's own save, or a touch
    if (*disk == m_document->text()) {
        m_document->markSavedAs(*disk);
        m_conflict = false;
        hide();
        return;
    }
    if (!m_document->isModified()) {
        m_document->reloadFromDisk(*disk);
        m_conflict = false;
        hide();
        emit statusMessage(tr("Reloaded %1: it changed on disk (Undo brings the previous version back)").arg(name));
        return;
    }
    m_message->setText(tr("%1 changed on disk, and you have unsaved changes. Reload the file (Undo brings your "
                          "changes back) or keep your version?")
                           .arg(name));
    m_conflict = true;
    show();
}

bool DiskChangeBar::matchesDisk() const
{
    if (!m_document || m_document->filePath().isEmpty())
        return false;
    const Result<QByteArray> disk = readFile(m_document->filePath());
    return disk && *disk == m_document->text();
}

bool DiskChangeBar::confirmOverwrite()
{
    if (!m_document || m_document->filePath().isEmpty() || !m_document->diskText())
        return true;
    const Result<QByteArray> disk = readFile(m_document->filePath());
    if (!disk || *disk == *m_document->diskText() || *disk == m_document->text())
        return true;  // unchanged (or gone: nothing to lose)
    QMessageBox box(QMessageBox::Warning, tr("Save Pipeline"),
                    tr("%1 changed on disk since it was opened or saved here.").arg(m_document->displayName()),
                    QMessageBox::NoButton, window());
    box.setObjectName(QStringLiteral("overwriteQuestion"));
    box.setInformativeText(tr("Overwrite the file with your version, or reload it and drop your unsaved changes "
                              "(Undo brings them back)?"));
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwrite"));
    QPushButton *reloadButton = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
    reloadButton->setObjectName(QStringLiteral("reload"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == overwrite)
        return true;
    if (box.clickedButton() == reloadButton) {
        m_document->reloadFromDisk(*disk);
        m_conflict = false;
        hide();
    }
    return false;
}

void DiskChangeBar::reload()
{
    if (!m_document)
        return;
    const Result<QByteArray> disk = readFile(m_document->filePath());
    if (!disk) {
        emit statusMessage(tr("Could not reload %1: %2").arg(m_document->displayName(), disk.error().toString()));
        return;
    }
    m_document->reloadFromDisk(*disk);
    m_conflict = false;
    hide();
    emit statusMessage(tr("Reloaded %1 from disk").arg(m_document->displayName()));
}

void DiskChangeBar::keepMine()
{
    if (!m_document)
        return;
    if (const Result<QByteArray> disk = readFile(m_document->filePath()))
        m_document->keepOverDisk(*disk);
    m_conflict = false;
    hide();
}

} // namespace mlops
