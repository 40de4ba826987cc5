// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/notebookstep.h"

#include "core/pipeline/pipelinespec.h"
#include "core/pipeline/steptype.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookStep)
};

const QString kNotebookOutput = QStringLiteral("notebook");

class NotebookStep : public StepType
{
public:
    QString name() const override { return QStringLiteral("notebook"); }
    QString description() const override
    {
        return Text::tr("Runs a notebook headless with its hyperparameters injected as parameters");
    }
    Execution execution() const override { return Execution::Command; }
    QStringList keys() const override
    {
        QStringList keys = commandStepKeys();
        keys.removeAll(QStringLiteral("command"));
        keys.removeAll(QStringLiteral("image"));
        keys.removeAll(QStringLiteral("build"));
        return QStringList{QStringLiteral("notebook"), QStringLiteral("kernel")} + keys;
    }
    QStringList requiredKeys() const override { return {QStringLiteral("notebook")}; }
    QStringList supportedRunners() const override { return {QStringLiteral("process")}; }

    QString summary(const StepSpec &step) const override
    {
        return step.extra.value(QStringLiteral("notebook")).toString();
    }

    QList<Field> fields() const override
    {
        return {Field{QStringLiteral("notebook"), Text::tr("Notebook"), QStringLiteral("notebooks/explore.ipynb"),
                      Text::tr("The notebook to run, relative to the workspace; its cell tagged 'parameters' "
                               "receives the hyperparameters"),
                      {}, false, Field::Suggestions::WorkspaceNotebooks},
                Field{QStringLiteral("kernel"), Text::tr("Kernel"), Text::tr("the notebook's own kernel"),
                      Text::tr("A Jupyter kernel name, e.g. python3"), {}, false}};
    }

    void prefill(StepSpec &step, const PipelineSpec &pipeline) const override
    {
        Q_UNUSED(pipeline);
        if (!step.extra.contains(QStringLiteral("notebook")))
            step.extra.insert(QStringLiteral("notebook"), QStringLiteral("notebooks/%1.ipynb").arg(step.name));
    }

    QList<FieldProblem> check(const StepSpec &step) const override
    {
        QList<FieldProblem> problems;
        if (!step.extra.contains(QStringLiteral("notebook")))
            return problems;  // the loader reports the missing key
        const QString notebook = step.extra.value(QStringLiteral("notebook")).toString();
        if (!notebook.endsWith(QStringLiteral(".ipynb")))
            problems.append({QStringLiteral("notebook"),
                             Text::tr("'notebook' must name a .ipynb file of the workspace, e.g. "
                                      "notebooks/explore.ipynb")});
        if (QDir::isAbsolutePath(notebook) || QDir::cleanPath(notebook).startsWith(QStringLiteral("..")))
            problems.append({QStringLiteral("notebook"),
                             Text::tr("'notebook' must be a path inside the workspace, relative to it")});
        if (step.extra.contains(QStringLiteral("kernel"))
            && step.extra.value(QStringLiteral("kernel")).toString().trimmed().isEmpty())
            problems.append({QStringLiteral("kernel"), Text::tr("'kernel' names a Jupyter kernel, e.g. python3")});
        return problems;
    }

    StepSpec effectiveSpec(const StepSpec &step) const override
    {
        StepSpec s = step;
        s.command = {mlopsCliPath(), QStringLiteral("notebook"), QStringLiteral("run"),
                     step.extra.value(QStringLiteral("notebook")).toString(), QStringLiteral("--step")};
        const QString kernel = step.extra.value(QStringLiteral("kernel")).toString();
        if (!kernel.isEmpty())
            s.command += {QStringLiteral("--kernel"), kernel};
        if (!s.outputs.contains(kNotebookOutput))
            s.outputs.append(kNotebookOutput);
        return s;
    }
};

} // namespace

std::unique_ptr<StepType> makeNotebookStepType()
{
    return std::make_unique<NotebookStep>();
}

QString mlopsCliPath()
{
    const QString self = QCoreApplication::applicationFilePath();
    if (QFileInfo(self).fileName() == QStringLiteral("mlops"))
        return self;
    const QDir dir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {dir.filePath(QStringLiteral("mlops")), dir.filePath(QStringLiteral("../cli/mlops")),
                                     dir.filePath(QStringLiteral("../../app/cli/mlops"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("mlops"));
    return onPath.isEmpty() ? QStringLiteral("mlops") : onPath;
}

} // namespace mlops
