// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/notebook/notebookparameters.h"

#include "core/common/quoting.h"
#include "core/notebook/notebook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace mlops {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::NotebookParameter)
};

bool isPythonKeyword(const QString &name)
{
    static const QStringList keywords = {
        QStringLiteral("False"), QStringLiteral("None"), QStringLiteral("True"), QStringLiteral("and"),
        QStringLiteral("as"), QStringLiteral("assert"), QStringLiteral("async"), QStringLiteral("await"),
        QStringLiteral("break"), QStringLiteral("class"), QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"), QStringLiteral("elif"), QStringLiteral("else"), QStringLiteral("except"),
        QStringLiteral("finally"), QStringLiteral("for"), QStringLiteral("from"), QStringLiteral("global"),
        QStringLiteral("if"), QStringLiteral("import"), QStringLiteral("in"), QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"), QStringLiteral("or"),
        QStringLiteral("pass"), QStringLiteral("raise"), QStringLiteral("return"), QStringLiteral("try"),
        QStringLiteral("while"), QStringLiteral("with"), QStringLiteral("yield")};
    return keywords.contains(name);
}

const QString kParametersTag = QStringLiteral("parameters");
const QString kInjectedTag = QStringLiteral("injected-parameters");
} // namespace

Result<NotebookParameter> NotebookParameter::parse(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error::badInput(Text::tr("a parameter is NAME=VALUE, not '%1'").arg(assignment));
    NotebookParameter p;
    p.name = assignment.left(eq).trimmed();
    p.value = assignment.mid(eq + 1).trimmed();
    // Python 3 identifiers: letters of any script, then also digits and combining marks.
    static const QRegularExpression identifier(
        QStringLiteral("^[\\p{L}\\p{Nl}_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!identifier.match(p.name).hasMatch() || isPythonKeyword(p.name))
        return Error::badInput(Text::tr("the parameter name '%1' is not a Python variable name").arg(p.name));
    p.pythonLiteral = toPythonLiteral(p.value);
    return p;
}

QString NotebookParameter::toPythonLiteral(const QString &value)
{
    if (value == QStringLiteral("True") || value == QStringLiteral("False") || value == QStringLiteral("None"))
        return value;
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    if (integer.match(value).hasMatch()) {
        QString digits = value;
        if (digits.startsWith(QLatin1Char('+')))
            digits.remove(0, 1);
        // Python refuses leading zeros in integer literals ("007"): int("007") is 7.
        const bool negative = digits.startsWith(QLatin1Char('-'));
        QString magnitude = negative ? digits.mid(1) : digits;
        while (magnitude.size() > 1 && magnitude.startsWith(QLatin1Char('0')))
            magnitude.remove(0, 1);
        return negative ? QLatin1Char('-') + magnitude : magnitude;
    }
    static const QRegularExpression floating(
        QStringLiteral("^[+-]?([0-9]+\\.[0-9]*|\\.[0-9]+|[0-9]+)([eE][+-]?[0-9]+)?$"));
    if (floating.match(value).hasMatch()) {
        QString text = value.startsWith(QLatin1Char('+')) ? value.mid(1) : value;
        // Python's literals need a digit around the point: "1." and ".5" are fine; keep as is.
        return text;
    }
    const QString lower = value.toLower();
    for (const QString &special : {QStringLiteral("inf"), QStringLiteral("+inf"), QStringLiteral("-inf"),
                                   QStringLiteral("nan"), QStringLiteral("infinity"), QStringLiteral("-infinity")}) {
        if (lower == special) {
            const QString normalized = lower.startsWith(QLatin1Char('+')) ? lower.mid(1) : lower;
            return QStringLiteral("float(\"%1\")").arg(normalized);
        }
    }
    return pythonString(value);
}

namespace {
enum class LiteralKind { Bool, None, Number, String };

LiteralKind kindOf(const QString &pythonLiteral)
{
    if (pythonLiteral == QStringLiteral("True") || pythonLiteral == QStringLiteral("False"))
        return LiteralKind::Bool;
    if (pythonLiteral == QStringLiteral("None"))
        return LiteralKind::None;
    return pythonLiteral.startsWith(QLatin1Char('"')) ? LiteralKind::String : LiteralKind::Number;
}
} // namespace

QString NotebookParameter::typeLike(const ParametersCell::Parameter &defaultValue)
{
    if (!defaultValue.literal)
        return {};
    const QJsonValue def = defaultValue.value;
    const QString shownDefault = name + QStringLiteral(" = ") + (def.isString() ? pythonString(defaultValue.text)
                                                                                  : defaultValue.text);
    if (def.isBool()) {
        const QString lower = value.toLower();
        if (lower == QStringLiteral("true") || lower == QStringLiteral("false")) {
            value = pythonLiteral = lower == QStringLiteral("true") ? QStringLiteral("True") : QStringLiteral("False");
            return {};
        }
        if (kindOf(pythonLiteral) != LiteralKind::String)
            return {};  // 0 and 1, None: Python reads them as a flag
        return Text::tr("the parameter '%1' is True or False in the parameters cell (%2); '%3' is passed as %4")
            .arg(name, shownDefault, value, pythonLiteral);
    }
    if (def.isString()) {
        // A name, an id, a path: "007" or "2024" is text here, as the default is.
        if (kindOf(pythonLiteral) == LiteralKind::Number)
            pythonLiteral = pythonString(value);
        return {};
    }
    if (def.isDouble() && kindOf(pythonLiteral) == LiteralKind::String) {
        // Python's digit groups: 1_000 is 1000.
        static const QRegularExpression grouped(QStringLiteral("^[+-]?[0-9]+(_[0-9]+)+(\\.[0-9]+)?$"));
        if (grouped.match(value).hasMatch()) {
            value.remove(QLatin1Char('_'));
            pythonLiteral = toPythonLiteral(value);
            return {};
        }
        return Text::tr("the parameter '%1' is a number in the parameters cell (%2); '%3' is not a number, "
                        "so it is passed as the string %4")
            .arg(name, shownDefault, value, pythonLiteral);
    }
    return {};
}

QJsonValue NotebookParameter::jsonValue() const
{
    if (pythonLiteral == QStringLiteral("True") || pythonLiteral == QStringLiteral("False"))
        return pythonLiteral == QStringLiteral("True");
    if (pythonLiteral == QStringLiteral("None"))
        return QJsonValue::Null;
    bool ok = false;
    const qint64 integer = pythonLiteral.toLongLong(&ok);
    if (ok)
        return integer;
    const double number = pythonLiteral.toDouble(&ok);
    if (ok)
        return number;
    return value;  // strings, and what JSON cannot hold (inf, nan, huge integers)
}

QString NotebookParameter::pythonString(const QString &text)
{
    return backslashQuoted(text);
}

int injectParameters(Notebook &notebook, const QList<NotebookParameter> &parameters)
{
    if (parameters.isEmpty())
        return -1;
    // The last value of a name wins, in the order names were first given.
    QStringList order;
    QMap<QString, NotebookParameter> byName;
    for (const NotebookParameter &p : parameters) {
        if (!byName.contains(p.name))
            order.append(p.name);
        byName.insert(p.name, p);
    }
    QString source = QStringLiteral("# Parameters\n");
    QJsonObject recorded;
    for (const QString &name : std::as_const(order)) {
        source += name + QStringLiteral(" = ") + byName.value(name).pythonLiteral + QLatin1Char('\n');
        recorded.insert(name, byName.value(name).jsonValue());
    }
    source.chop(1);

    for (int i = int(notebook.cells.size()) - 1; i >= 0; --i) {
        if (notebook.cells.at(i).hasTag(kInjectedTag))
            notebook.cells.removeAt(i);
    }
    int at = 0;
    for (int i = 0; i < notebook.cells.size(); ++i) {
        if (notebook.cells.at(i).hasTag(kParametersTag)) {
            at = i + 1;
            break;
        }
    }
    NotebookCell cell = NotebookCell::make(QStringLiteral("code"), source);
    cell.setTags({kInjectedTag});
    notebook.cells.insert(at, cell);

    QJsonObject mlops = notebook.metadata.value(QStringLiteral("mlops")).toObject();
    mlops.insert(QStringLiteral("parameters"), recorded);
    notebook.metadata.insert(QStringLiteral("mlops"), mlops);
    return at;
}

} // namespace mlops
