// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace mlops {

class ParametersModel;
class PipelineDocument;

/**
 * The pipeline as a whole, shown when no step is selected: name, description, the
 * defaults every step inherits (runner, image, timeout, retries, cache), and the
 * parameters table (names, types, defaults) that the Run dialog offers to override.
 */
class PipelinePropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinePropertiesPanel(QWidget *parent = nullptr);

    void setPipelineDocument(PipelineDocument *document);
    QTableView *parametersView() const { return m_parameters; }

signals:
    void statusMessage(const QString &message);

private:
    void reload();
    void commit(const QString &field);

    QPointer<PipelineDocument> m_document;
    ParametersModel *m_model = nullptr;
    bool m_loading = false;
    QLabel *m_summary;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_runner;
    QLineEdit *m_image;
    QLineEdit *m_timeout;
    QSpinBox *m_retries;
    QComboBox *m_cache;
    QTableView *m_parameters;
};

} // namespace mlops
