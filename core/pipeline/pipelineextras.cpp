// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/pipelineextras.h"

#include "core/common/yamlutil.h"

#include <QMap>
#include <QRegularExpression>

namespace mlops {

namespace {

QVariant scalarToVariant(const YAML::Node &node)
{
    const QString text = yaml::toQString(node);
    if (node.Tag() == "!")
        return text;  // quoted: text, whatever it looks like
    static const QRegularExpression integer(QStringLiteral("^[-+]?\\d+$"));
    static const QRegularExpression real(QStringLiteral("^[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?$"));
    const QString lower = text.toLower();
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (ok)
            return v;
    }
    if (real.match(text).hasMatch())
        return text.toDouble();
    if (lower == QStringLiteral("true") || lower == QStringLiteral("false"))
        return lower == QStringLiteral("true");
    if (lower == QStringLiteral("null") || text == QStringLiteral("~"))
        return QVariant();
    return text;
}

QVariant toVariant(const YAML::Node &node)
{
    if (!node || node.IsNull())
        return QVariant();
    if (node.IsScalar())
        return scalarToVariant(node);
    if (node.IsSequence()) {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    QVariantMap map;
    for (auto it = node.begin(); it != node.end(); ++it)
        map.insert(yaml::toQString(it->first), toVariant(it->second));
    return map;
}

/** For each line (1-based) the shortest key path that starts on it. */
void collectPaths(const YAML::Node &node, QStringList &path, QHash<int, QStringList> &onLine)
{
    auto note = [&onLine](int line, const QStringList &p) {
        if (line <= 0)
            return;
        const auto it = onLine.constFind(line);
        if (it == onLine.cend() || it->size() > p.size())
            onLine.insert(line, p);
    };
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            path.append(yaml::toQString(it->first));
            note(yaml::lineOf(it->first), path);
            collectPaths(it->second, path, onLine);
            path.removeLast();
        }
    } else if (node.IsSequence()) {
        int i = 0;
        for (const YAML::Node &item : node) {
            path.append(QString::number(i++));
            note(yaml::lineOf(item), path);
            collectPaths(item, path, onLine);
            path.removeLast();
        }
    }
}

struct ScannedLine
{
    bool hasCode = false;
    PipelineComment comment;
};

/** Splits lines into code and comments, skipping `#` inside quotes and block scalars. */
QList<ScannedLine> scanComments(const QString &text)
{
    static const QRegularExpression blockStart(QStringLiteral("(^|[:-]\\s+|^\\s*)[|>][-+0-9]*\\s*$"));
    QList<ScannedLine> lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    QChar quote;            // open quote carried over lines ('"' or '\'')
    int blockIndent = -1;   // inside a block scalar started on a line with this indent
    for (int n = 0; n < raw.size(); ++n) {
        QString line = raw.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        ScannedLine out;
        out.comment.line = n + 1;
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        const bool blank = indent == line.size();
        if (blockIndent >= 0) {
            if (blank || indent > blockIndent) {
                out.hasCode = !blank;
                lines.append(out);
                continue;
            }
            blockIndent = -1;
        }
        int commentAt = -1;
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (!quote.isNull()) {
                if (quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                    ++i;
                else if (c == quote) {
                    if (quote == QLatin1Char('\'') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('\''))
                        ++i;
                    else
                        quote = QChar();
                }
                continue;
            }
            if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
                commentAt = i;
                break;
            }
            // A quote opens a quoted scalar only where a scalar may start.
            if ((c == QLatin1Char('"') || c == QLatin1Char('\''))) {
                int j = i - 1;
                while (j >= 0 && line.at(j) == QLatin1Char(' '))
                    --j;
                if (j < 0 || QStringLiteral(":-[{,?").contains(line.at(j)))
                    quote = c;
            }
        }
        const QString code = commentAt >= 0 ? line.left(commentAt) : line;
        out.hasCode = !code.trimmed().isEmpty();
        if (commentAt >= 0) {
            QString comment = line.mid(commentAt);
            while (!comment.isEmpty() && comment.back().isSpace())
                comment.chop(1);
            out.comment.text = comment;
        }
        if (quote.isNull() && out.hasCode && blockStart.match(code).hasMatch())
            blockIndent = indent;
        lines.append(out);
    }
    return lines;
}

} // namespace

bool PipelineExtras::isEmpty() const
{
    return metadata.isEmpty() && stepMetadata.isEmpty() && leadingComments.isEmpty() && trailingComments.isEmpty()
           && footerComments.isEmpty();
}

PipelineExtras PipelineExtras::read(const QByteArray &text)
{
    PipelineExtras extras;
    Result<YAML::Node> doc = yaml::parse(QString(), text);
    if (!doc || !doc->IsMap())
        return extras;
    const YAML::Node &root = *doc;
    if (const YAML::Node m = root["metadata"]; m && m.IsMap())
        extras.metadata = toVariant(m).toMap();
    if (const YAML::Node steps = root["steps"]; steps && steps.IsMap()) {
        for (auto it = steps.begin(); it != steps.end(); ++it) {
            if (!it->second.IsMap())
                continue;
            if (const YAML::Node m = it->second["metadata"])
                extras.stepMetadata.insert(yaml::toQString(it->first), toVariant(m));
        }
    }

    QHash<int, QStringList> pathOnLine;
    QStringList path;
    collectPaths(root, path, pathOnLine);
    const QList<ScannedLine> lines = scanComments(QString::fromUtf8(text));
    QList<PipelineComment> pending;
    QString lastPath;
    for (const ScannedLine &line : lines) {
        const auto p = pathOnLine.constFind(line.comment.line);
        if (p != pathOnLine.cend()) {
            const QString key = PipelineExtras::path(*p);
            if (!pending.isEmpty())
                extras.leadingComments[key] += pending;
            pending.clear();
            if (!line.comment.text.isEmpty())
                extras.trailingComments.insert(key, line.comment);
            lastPath = key;
        } else if (!line.comment.text.isEmpty()) {
            if (line.hasCode && !lastPath.isEmpty() && !extras.trailingComments.contains(lastPath))
                extras.trailingComments.insert(lastPath, line.comment);
            else
                pending.append(line.comment);
        }
    }
    extras.footerComments = pending;
    return extras;
}

void PipelineExtras::renameStep(const QString &from, const QString &to)
{
    if (stepMetadata.contains(from))
        stepMetadata.insert(to, stepMetadata.take(from));
    const QString oldPrefix = path({QStringLiteral("steps"), from});
    const QString newPrefix = path({QStringLiteral("steps"), to});
    auto rekey = [&](auto &hash) {
        const auto keys = hash.keys();
        for (const QString &key : keys) {
            if (key == oldPrefix || key.startsWith(oldPrefix + pathSeparator())) {
                const QString renamed = newPrefix + key.mid(oldPrefix.size());
                hash.insert(renamed, hash.take(key));
            }
        }
    };
    rekey(leadingComments);
    rekey(trailingComments);
}

void PipelineExtras::removeStep(const QString &name)
{
    stepMetadata.remove(name);
    const QString prefix = path({QStringLiteral("steps"), name});
    auto drop = [&](auto &hash) {
        const auto keys = hash.keys();
        for (const QString &key : keys) {
            if (key == prefix || key.startsWith(prefix + pathSeparator()))
                hash.remove(key);
        }
    };
    drop(leadingComments);
    drop(trailingComments);
}

} // namespace mlops
