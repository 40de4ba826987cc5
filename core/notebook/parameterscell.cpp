// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/parameterscell.h"

#include "core/notebook/notebook.h"

#include <QRegularExpression>

#include <cmath>

namespace mlops {

namespace {

/** Reads a Python string literal ('…' or "…", optional r/u prefix) from `s` at `pos`. */
bool readString(const QString &s, qsizetype &pos, QString *out)
{
    bool raw = false;
    while (pos < s.size() && QStringLiteral("rRuU").contains(s.at(pos))) {
        raw = raw || s.at(pos).toLower() == QLatin1Char('r');
        ++pos;
    }
    if (pos >= s.size() || (s.at(pos) != QLatin1Char('\'') && s.at(pos) != QLatin1Char('"')))
        return false;
    const QChar quote = s.at(pos++);
    if (s.mid(pos, 2) == QString(2, quote))
        return false;  // triple-quoted (or an empty string followed by a quote): not read here
    QString text;
    while (pos < s.size()) {
        const QChar c = s.at(pos++);
        if (c == quote) {
            *out = text;
            return true;
        }
        if (c != QLatin1Char('\\') || raw || pos >= s.size()) {
            text += c;
            continue;
        }
        const QChar e = s.at(pos++);
        switch (e.unicode()) {
        case 'n': text += QLatin1Char('\n'); break;
        case 't': text += QLatin1Char('\t'); break;
        case 'r': text += QLatin1Char('\r'); break;
        case '0': text += QChar(0); break;
        case '\\': case '\'': case '"': text += e; break;
        default: text += QLatin1Char('\\'); text += e; break;
        }
    }
    return false;
}

/** The value's text without a trailing `# comment` (a `#` inside a string stays). */
QString withoutComment(const QString &value)
{
    QChar quote;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('#')) {
            return value.left(i).trimmed();
        }
    }
    return value.trimmed();
}

} // namespace

QStringList ParametersCell::names() const
{
    QStringList out;
    for (const Parameter &p : parameters)
        out.append(p.name);
    return out;
}

bool ParametersCell::defines(const QString &name) const
{
    for (const Parameter &p : parameters) {
        if (p.name == name)
            return true;
    }
    return false;
}

ParametersCell ParametersCell::of(const Notebook &notebook)
{
    ParametersCell cell;
    for (int i = 0; i < notebook.cells.size(); ++i) {
        if (notebook.cells.at(i).hasTag(QStringLiteral("parameters"))) {
            cell.index = i;
            cell.parameters = parse(notebook.cells.at(i).source);
            break;
        }
    }
    return cell;
}

QList<ParametersCell::Parameter> ParametersCell::parse(const QString &source)
{
    // papermill's PythonTranslator: `name[: annotation] = value  [# comment]` at the start of a line.
    static const QRegularExpression assignment(
        QStringLiteral("^([\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*)\\s*(?::[^=]*)?=(?!=)(.*)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<Parameter> out;
    for (const QString &line : source.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = assignment.match(line);
        if (!m.hasMatch())
            continue;
        Parameter p;
        p.name = m.captured(1);
        p.literal = parseLiteral(withoutComment(m.captured(2)), &p.text, &p.value);
        for (qsizetype i = out.size() - 1; i >= 0; --i) {
            if (out.at(i).name == p.name)
                out.removeAt(i);
        }
        out.append(p);
    }
    return out;
}

bool ParametersCell::parseLiteral(const QString &literal, QString *text, QJsonValue *value)
{
    const QString v = literal.trimmed();
    if (v == QStringLiteral("True") || v == QStringLiteral("False")) {
        *text = v;
        *value = v == QStringLiteral("True");
        return true;
    }
    if (v == QStringLiteral("None")) {
        *text = v;
        *value = QJsonValue::Null;
        return true;
    }
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9][0-9_]*$"));
    static const QRegularExpression floating(
        QStringLiteral("^[+-]?([0-9][0-9_]*\\.[0-9_]*|\\.[0-9][0-9_]*|[0-9][0-9_]*)([eE][+-]?[0-9]+)?$"));
    if (integer.match(v).hasMatch() || floating.match(v).hasMatch()) {
        QString digits = v;
        digits.remove(QLatin1Char('_'));
        bool ok = false;
        const double number = digits.toDouble(&ok);
        if (!ok)
            return false;
        *text = digits.startsWith(QLatin1Char('+')) ? digits.mid(1) : digits;
        *value = integer.match(v).hasMatch() && std::abs(number) < 9007199254740992.0 ? QJsonValue(qint64(number))
                                                                                     : QJsonValue(number);
        return true;
    }
    qsizetype pos = 0;
    QString s;
    if (readString(v, pos, &s) && pos == v.size()) {
        *text = s;
        *value = s;
        return true;
    }
    return false;
}

} // namespace mlops
