// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/pipeline/reference.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mlops {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(mlops::Reference)
};

bool isName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.:-]*$"));
    return re.match(s).hasMatch();
}

bool isSegment(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_:-]+$"));
    return re.match(s).hasMatch();
}

QString usage()
{
    return Text::tr("use ${parameters.NAME}, ${steps.STEP.outputs.NAME}, ${steps.STEP.model} or "
                    "${steps.STEP.properties.NAME.key}");
}

} // namespace

Result<Reference> Reference::parse(const QString &input)
{
    const QString text = input.trimmed();
    Reference ref;
    ref.text = text;
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() == 2 && parts[0] == QStringLiteral("parameters")) {
        if (!isName(parts[1]))
            return Error::badInput(Text::tr("'%1' is not a parameter name").arg(parts[1]));
        ref.kind = Kind::Parameter;
        ref.name = parts[1];
        return ref;
    }
    if (parts.size() >= 3 && parts[0] == QStringLiteral("steps")) {
        ref.step = parts[1];
        if (ref.step.isEmpty())
            return Error::badInput(Text::tr("the reference '${%1}' names no step; %2").arg(text, usage()));
        const QString what = parts[2];
        if (what == QStringLiteral("model") && parts.size() == 3) {
            ref.kind = Kind::StepModel;
            return ref;
        }
        if (what == QStringLiteral("outputs") && parts.size() == 4 && isSegment(parts[3])) {
            ref.kind = Kind::StepOutput;
            ref.name = parts[3];
            return ref;
        }
        if (what == QStringLiteral("properties") && parts.size() >= 4) {
            ref.kind = Kind::StepProperty;
            ref.name = parts[3];
            ref.path = parts.mid(4);
            for (const QString &segment : std::as_const(ref.path)) {
                if (!isSegment(segment))
                    return Error::badInput(Text::tr("'%1' is not a valid key in '${%2}'").arg(segment, text));
            }
            return ref;
        }
        return Error::badInput(Text::tr("the reference '${%1}' does not name an output, the model or a "
                                        "property of step '%2'; %3")
                                   .arg(text, ref.step, usage()));
    }
    return Error::badInput(Text::tr("unknown reference '${%1}'; %2").arg(text, usage()));
}

Result<QList<TemplatePart>> parseTemplate(const QString &text)
{
    QList<TemplatePart> parts;
    QString literal;
    int literalStart = 0;
    auto flush = [&](int next) {
        if (!literal.isEmpty()) {
            TemplatePart p;
            p.literal = literal;
            p.offset = literalStart;
            parts.append(p);
            literal.clear();
        }
        literalStart = next;
    };
    for (int i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('$') && text.mid(i, 3) == QStringLiteral("$${")) {
            literal += QStringLiteral("${");
            i += 3;
            continue;
        }
        if (text.at(i) == QLatin1Char('$') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            const int close = int(text.indexOf(QLatin1Char('}'), i + 2));
            if (close < 0) {
                Error e = Error::badInput(Text::tr("'${' is not closed by '}' (write '$${' for a literal '${')"));
                e.column = i + 1;
                return e;
            }
            flush(i);
            Result<Reference> ref = Reference::parse(text.mid(i + 2, close - i - 2));
            if (!ref) {
                Error e = ref.error();
                e.column = i + 1;
                return e;
            }
            TemplatePart p;
            p.isReference = true;
            p.reference = *ref;
            p.offset = i;
            parts.append(p);
            i = close + 1;
            literalStart = i;
            continue;
        }
        literal += text.at(i);
        ++i;
    }
    flush(int(text.size()));
    return parts;
}

QList<Reference> referencesIn(const QString &text)
{
    QList<Reference> refs;
    Result<QList<TemplatePart>> parts = parseTemplate(text);
    if (!parts)
        return refs;
    for (const TemplatePart &p : std::as_const(*parts)) {
        if (p.isReference)
            refs.append(p.reference);
    }
    return refs;
}

} // namespace mlops
