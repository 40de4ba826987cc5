// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/yamlutil.h"

#include "core/common/suggest.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QList>

#include <algorithm>

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

Position unclosedConstruct(const QByteArray &text)
{
    // A small scanner that knows just enough YAML to skip comments, block scalars and
    // apostrophes inside plain words.
    struct Open
    {
        char closer;
        Position at;
    };
    QList<Open> flows;
    Open quote{0, {}};  ///< closer 0: not inside a quoted scalar
    int line = 1;
    int column = 0;
    int blockIndent = -1;      ///< inside a block scalar (| or >) indented more than this
    int lineIndent = 0;
    bool atLineStart = true;   ///< only spaces so far on this line
    char previous = '\n';      ///< the last character that is not a space, outside quotes
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        ++column;
        if (c == '\n') {
            ++line;
            column = 0;
            atLineStart = true;
            lineIndent = 0;
            if (quote.closer == 0)
                previous = '\n';
            continue;
        }
        if (atLineStart && c == ' ') {
            ++lineIndent;
            continue;
        }
        if (atLineStart) {
            atLineStart = false;
            if (blockIndent >= 0 && lineIndent > blockIndent) {
                const qsizetype end = text.indexOf('\n', i);
                i = (end < 0 ? text.size() : end) - 1;
                continue;
            }
            blockIndent = -1;
        }
        if (quote.closer != 0) {
            if (quote.closer == '"' && c == '\\') {
                ++i;
                ++column;
            } else if (c == quote.closer) {
                if (c == '\'' && i + 1 < text.size() && text.at(i + 1) == '\'') {
                    ++i;
                    ++column;
                } else {
                    quote.closer = 0;
                    previous = c;
                }
            }
            continue;
        }
        if (c == ' ' || c == '\t')
            continue;
        const bool tokenStart = QByteArrayView(":-[{,?\n").contains(previous);
        if (c == '#' && (i == 0 || text.at(i - 1) == ' ' || text.at(i - 1) == '\t' || text.at(i - 1) == '\n')) {
            const qsizetype end = text.indexOf('\n', i);
            i = (end < 0 ? text.size() : end) - 1;
            continue;
        }
        if ((c == '"' || c == '\'') && tokenStart) {
            quote = Open{c, Position{line, column}};
        } else if ((c == '[' || c == '{') && tokenStart) {
            flows.append(Open{c == '[' ? ']' : '}', Position{line, column}});
        } else if ((c == ']' || c == '}') && !flows.isEmpty() && flows.last().closer == c) {
            flows.removeLast();
        } else if ((c == '|' || c == '>') && flows.isEmpty() && (previous == ':' || previous == '-')) {
            blockIndent = lineIndent;
        }
        previous = c;
    }
    if (quote.closer != 0)
        return quote.at;
    if (!flows.isEmpty())
        return flows.last().at;
    return {};
}

namespace {

/**
 * The column of the first tab in the indentation of line `line` (1-based), or 0. YAML
 * indents with spaces only; yaml-cpp reports a tab there as "illegal map value" or "end
 * of map not found", which does not say what to change.
 */
int tabInIndentation(const QByteArray &text, int line)
{
    qsizetype start = 0;
    for (int n = 1; n < line && start >= 0; ++n) {
        start = text.indexOf('\n', start);
        if (start >= 0)
            ++start;
    }
    if (start < 0)
        return 0;
    for (qsizetype i = start; i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t'); ++i) {
        if (text.at(i) == '\t')
            return int(i - start) + 1;
    }
    return 0;
}

/**
 * Where `text` stops being UTF-8 (line and column of the first character that is not),
 * or line 0. yaml-cpp reads such bytes as U+FFFD without a word, so a file saved as
 * Latin-1 ran with "caf\uFFFD" in its commands. Text with a UTF-16 or UTF-32 byte order
 * mark is left to yaml-cpp, which reads those encodings.
 */
Position notUtf8(const QByteArray &text)
{
    if (text.startsWith("\xFF\xFE") || text.startsWith("\xFE\xFF") || text.startsWith(QByteArray("\0\0\xFE\xFF", 4)))
        return {};
    // UTF-8 comes back from its decoding unchanged; anything else does not (the decoder
    // put U+FFFD where a byte did not fit). The decoder drops a UTF-8 byte order mark.
    const qsizetype bom = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (QString::fromUtf8(text.constData() + bom, text.size() - bom).toUtf8() == QByteArrayView(text).sliced(bom))
        return {};
    int line = 1;
    for (qsizetype start = bom; start < text.size(); ++line) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArray bytes = text.mid(start, end - start);
        const QString decoded = QString::fromUtf8(bytes);
        if (decoded.toUtf8() != bytes) {
            // The first replacement character is the first bad byte, unless the line
            // also holds a real U+FFFD: then the line is all that is certain.
            const qsizetype at = bytes.contains("\xEF\xBF\xBD") ? 0 : decoded.indexOf(QChar::ReplacementCharacter);
            return Position{line, int(std::max<qsizetype>(at, 0)) + 1};
        }
        start = end + 1;
    }
    return {};
}

} // namespace

Result<YAML::Node> parse(const QString &file, const QByteArray &text)
{
    if (const Position bad = notUtf8(text); bad.line > 0)
        return Error::at(file, bad.line, bad.column,
                         Text::tr("the file is not UTF-8 text (YAML files are UTF-8: save it in that encoding)"));
    try {
        return YAML::Load(std::string(text.constData(), size_t(text.size())));
    } catch (const YAML::Exception &e) {
        Position at{e.mark.line >= 0 ? e.mark.line + 1 : 0, e.mark.column >= 0 ? e.mark.column + 1 : 0};
        // yaml-cpp puts an unterminated quote or flow at the end of the input, often past
        // the last line: point at where it opened, else at the last line.
        const int lines = std::max(1, int(text.count('\n')) + (text.endsWith('\n') || text.isEmpty() ? 0 : 1));
        if (at.line == 0 || at.line > lines || e.mark.pos >= int(text.size())) {
            const Position opened = unclosedConstruct(text);
            at = opened.line > 0 ? opened : Position{lines, 1};
        }
        // yaml-cpp stops on the line with the tab (in a block scalar, where a tab may
        // follow the indentation, it does not stop).
        if (const int tabColumn = tabInIndentation(text, at.line); tabColumn > 0)
            return Error::at(file, at.line, tabColumn,
                             Text::tr("invalid YAML: a tab in the indentation (YAML indents with spaces only: "
                                      "replace the tab with spaces)"));
        return Error::at(file, at.line, at.column,
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

Status checkUniqueKeys(const QString &file, const YAML::Node &map, const QString &context)
{
    QHash<QString, int> firstLine;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = toQString(it->first);
        if (firstLine.contains(key))
            return errorAt(file, it->first,
                           Text::tr("'%1' appears twice in %2 (first at line %3)")
                               .arg(key, context, QString::number(firstLine.value(key))));
        firstLine.insert(key, lineOf(it->first));
    }
    return {};
}

bool isPlainNonString(const YAML::Node &scalar)
{
    if (!scalar.IsScalar() || scalar.Tag() != "?")
        return false;  // quoted, or tagged: the author said what it is
    // YAML 1.2 core schema: integers, floats, booleans and null.
    static const QRegularExpression nonString(QStringLiteral(
        "^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
        "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO"
        "|null|Null|NULL|~)$"));
    return nonString.match(toQString(scalar)).hasMatch();
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
