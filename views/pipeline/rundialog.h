// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/pipeline/executioncontext.h"
#include "core/pipeline/pipelinespec.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace mlops {

/**
 * Asks how to run a pipeline, as `mlops run` does on the command line: a typed field per
 * parameter (text, a number with checking, a checkbox for true/false) prefilled with its
 * default, a runner for every step, no cache, and the most steps at once.
 */
class RunDialog : public QDialog
{
    Q_OBJECT

public:
    RunDialog(const PipelineSpec &spec, const QString &defaultRunner, QWidget *parent = nullptr);

    /** The options as chosen; parameters only where they differ from the default. */
    ExecutionOptions options() const;
    /** Sets a parameter's field (tests and the tour). */
    void setParameter(const QString &name, const QString &value);

    void accept() override;

private:
    QString valueOf(const ParameterSpec &p) const;

    PipelineSpec m_spec;
    QHash<QString, QWidget *> m_fields;
    QComboBox *m_runner;
    QCheckBox *m_noCache;
    QSpinBox *m_maxParallel;
    QLabel *m_error;
};

} // namespace mlops
