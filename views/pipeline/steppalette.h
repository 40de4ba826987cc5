// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QListWidget>

namespace mlops {

/**
 * The step types a pipeline can use, from StepTypeRegistry: drag one onto the canvas,
 * or double-click it to add it in the middle of the view.
 */
class StepPalette : public QListWidget
{
    Q_OBJECT

public:
    explicit StepPalette(QWidget *parent = nullptr);

signals:
    void stepTypeActivated(const QString &type);

protected:
    bool event(QEvent *event) override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;

private:
    /** As wide as the longest type name with its icon, in the font and style in effect. */
    void fitWidth();
};

} // namespace mlops
