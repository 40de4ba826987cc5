// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/notebook/outputaccumulator.h"
#include "views/notebook/metricsoutputview.h"

#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QWidget>

class QVBoxLayout;

namespace mlops {

/**
 * The outputs of one code cell, one view per output: text (streams, text/plain,
 * tracebacks), images, HTML tables and Markdown; every value logged with mlops_studio
 * goes into one metrics view with a live chart. Follows a running cell incrementally
 * (OutputChange) instead of rebuilding.
 */
class OutputArea : public QWidget
{
    Q_OBJECT

public:
    explicit OutputArea(QWidget *parent = nullptr);

    /** Shows `outputs` from scratch. */
    void setOutputs(const QJsonArray &outputs);
    /** Follows one change of `outputs` (the cell's outputs after it). */
    void applyChange(const OutputChange &change, const QJsonArray &outputs);

    int viewCount() const;
    MetricsOutputView *metricsView() const { return m_metrics; }

    /** The MIME type shown for a display_data/execute_result bundle, as Jupyter prefers. */
    static QString preferredMimeType(const QJsonObject &data);

private:
    QWidget *createView(const QJsonObject &output);
    void appendOutput(int index, const QJsonObject &output);
    void updateOutput(int index, const QJsonObject &output);
    void clearViews();

    QVBoxLayout *m_layout;
    QList<QPointer<QWidget>> m_views;  ///< per output index (the metrics view for logged values)
    QPointer<MetricsOutputView> m_metrics;
};

} // namespace mlops
