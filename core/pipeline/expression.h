// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"
#include "core/pipeline/reference.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace mlops {

/**
 * A condition expression (`when:` of a condition step): comparisons (== != < <= > >=)
 * of numbers, strings ('…' or "…"), booleans and `${…}` references, combined with
 * `and`, `or`, `not` and parentheses. A small recursive-descent parser; nothing is ever
 * evaluated by a language runtime. Errors carry the 1-based column in the expression.
 */
class Expression
{
public:
    /** The static type of a value, for checks before anything runs. */
    enum class Type { Unknown, Number, String, Boolean, Artifact };

    using Resolver = std::function<Result<QVariant>(const Reference &)>;
    using TypeOf = std::function<Type(const Reference &)>;

    static Result<Expression> parse(const QString &text);

    /** Every reference used, in order. */
    QList<Reference> references() const;

    /** Type errors (artifact in a comparison, text compared with a number, non-boolean result). */
    Status check(const TypeOf &typeOf) const;

    /** Evaluates to true or false; references are looked up through `resolve`. */
    Result<bool> evaluate(const Resolver &resolve) const;

    const QString &text() const { return m_text; }

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace mlops
