// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/registry/modelcard.h"

#include "core/registry/modelsource.h"

#include <QCoreApplication>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::ModelCard)
};

QString code(const QString &text)
{
    return QLatin1Char('`') + text + QLatin1Char('`');
}
} // namespace

QString defaultModelCard(const QString &group, int version, const QString &description,
                         const ModelSource &source)
{
    QString md;
    md += QStringLiteral("# %1 v%2\n\n").arg(group).arg(version);
    if (!description.isEmpty())
        md += description + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + Text::tr("Model details") + QStringLiteral("\n\n");
    md += QStringLiteral("- ") + Text::tr("Trained by run %1 (%2)").arg(code(source.run.uuid.left(12)), source.run.name)
          + QLatin1Char('\n');
    if (!source.run.gitCommit.isEmpty())
        md += QStringLiteral("- ")
              + (source.run.gitDirty ? Text::tr("Code: commit %1, with uncommitted changes")
                                     : Text::tr("Code: commit %1"))
                    .arg(code(source.run.gitCommit.left(12)))
              + QLatin1Char('\n');
    md += QStringLiteral("- ") + Text::tr("Model: %1, sha256 %2").arg(source.model.name, code(source.model.hash.left(16)))
          + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + Text::tr("Intended use") + QStringLiteral("\n\n")
          + Text::tr("*Who should use this model, for what, and what it must not be used for.*")
          + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + Text::tr("Metrics") + QStringLiteral("\n\n");
    if (source.metrics.isEmpty()) {
        md += Text::tr("*No metrics were recorded.*") + QStringLiteral("\n\n");
    } else {
        md += QStringLiteral("| %1 | %2 |\n|---|---:|\n").arg(Text::tr("Metric"), Text::tr("Value"));
        for (auto it = source.metrics.cbegin(); it != source.metrics.cend(); ++it)
            md += QStringLiteral("| %1 | %2 |\n").arg(it.key(), QString::number(it.value(), 'g', 6));
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## ") + Text::tr("Training data") + QStringLiteral("\n\n");
    if (source.inputs.isEmpty()) {
        md += Text::tr("*No input data was recorded.*") + QStringLiteral("\n\n");
    } else {
        for (const ModelInput &input : source.inputs)
            md += QStringLiteral("- %1: %2 (sha256 %3)\n")
                      .arg(input.name, input.path.isEmpty() ? Text::tr("(unknown path)") : code(input.path),
                           code(input.hash.left(16)));
        md += QLatin1Char('\n');
    }

    md += QStringLiteral("## ") + Text::tr("Limitations and ethical considerations") + QStringLiteral("\n\n")
          + Text::tr("*Known failure modes, groups it was not evaluated on, risks.*") + QLatin1Char('\n');
    return md;
}

} // namespace mlops
