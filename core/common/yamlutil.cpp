// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/yamlutil.h"

#include "core/common/suggest.h"

#include <QCoreApplication>

namespace mlops::yaml {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::Yaml)
};
} // namespace

int lineOf(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.line >= 0 ? mark.line + 1 : 0;
}

int columnOf(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.column >= 0 ? mark.column + 1 : 0;
}

Error errorAt(const QString &file, const YAML::Node &node, const QString &message)
{
    return Error::at(file, lineOf(node), columnOf(node), message);
}

Result<YAML::Node> parse(const QString &file, const QByteArray &text)
{
    try {
        return YAML::Load(std::string(text.constData(), size_t(text.size())));
    } catch (const YAML::Exception &e) {
        return Error::at(file, e.mark.line >= 0 ? e.mark.line + 1 : 0,
                         e.mark.column >= 0 ? e.mark.column + 1 : 0,
                         Text::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
}

QString toQString(const YAML::Node &scalar)
{
    return QString::fromStdString(scalar.Scalar());
}

Status checkKeys(const QString &file, const YAML::Node &map, const QStringList &allowed,
                 const QString &context)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = toQString(it->first);
        if (!allowed.contains(key))
            return errorAt(file, it->first,
                           Text::tr("unknown key '%1' in %2%3").arg(key, context, didYouMean(key, allowed)));
    }
    return {};
}

Result<QString> scalar(const QString &file, const YAML::Node &node, const QString &what)
{
    if (!node.IsScalar())
        return errorAt(file, node, Text::tr("%1 must be a single value").arg(what));
    return toQString(node);
}

Result<QStringList> scalarList(const QString &file, const YAML::Node &node, const QString &what)
{
    if (!node.IsSequence())
        return errorAt(file, node, Text::tr("%1 must be a list").arg(what));
    QStringList values;
    for (const YAML::Node &item : node) {
        if (!item.IsScalar())
            return errorAt(file, item, Text::tr("every item of %1 must be a single value").arg(what));
        values.append(toQString(item));
    }
    return values;
}

} // namespace mlops::yaml
