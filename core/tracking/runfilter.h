// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QString>

#include <vector>

namespace mlops {

/**
 * One node of a parsed run filter: `accuracy > 0.9 and (status = Failed or not cached)`.
 * A comparison names a field as the user wrote it; the run query resolves it to a
 * column of the run, a metric (final value) or a parameter, so the parser needs no store.
 */
struct RunFilterNode
{
    enum class Kind { And, Or, Not, Compare };
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge, Contains, IsTrue };

    Kind kind = Kind::Compare;
    std::vector<RunFilterNode> children;   ///< And/Or: two or more; Not: one

    QString field;        ///< as written, without quotes: `accuracy`, `params.seed`, `train:log_loss`
    Op op = Op::Eq;
    QString value;        ///< the literal's text (quotes removed)
    bool quoted = false;  ///< the literal was a quoted string (never a number)
    int column = 0;       ///< 1-based position of the field in the text, for messages

    /** The literal as a number, when it is one. */
    bool isNumber(double *out = nullptr) const;
};

/**
 * The filter language of the Experiments screen: comparisons (`=`, `!=`, `<`, `<=`, `>`,
 * `>=`, `~` for "contains"), `and`/`or`/`not` (also `&&`, `||`, `!`, and a comma for
 * "and"), parentheses, numbers, 'quoted' or "quoted" strings and bare words
 * (`status = Failed`). A bare field is a truth test (`dirty`, `cached`). Field names may
 * hold letters, digits and `_ . : - /`; other names go in backquotes (`` `my metric` ``).
 */
class RunFilter
{
public:
    /** Parses `text`; an empty text is the filter that keeps every run. Errors are
     *  BadInput with the 1-based column of the culprit. */
    static Result<RunFilter> parse(const QString &text);

    bool isEmpty() const { return m_root.empty(); }
    const RunFilterNode &root() const { return m_root.front(); }
    const QString &text() const { return m_text; }

    /** The operator as written in the language, for messages. */
    static QString opText(RunFilterNode::Op op);

private:
    QString m_text;
    std::vector<RunFilterNode> m_root;   ///< empty, or the one root node
};

} // namespace mlops
