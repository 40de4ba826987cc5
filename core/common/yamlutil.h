// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

// yaml-cpp helpers shared by the manifest and pipeline loaders. Private to core: public
// headers never expose yaml-cpp types.

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace mlops::yaml {

/** 1-based line and column of a node (0 when yaml-cpp does not know). */
int lineOf(const YAML::Node &node);
int columnOf(const YAML::Node &node);

/** An Error located at `node` in `file`. */
Error errorAt(const QString &file, const YAML::Node &node, const QString &message);

/** A 1-based line and column in a text. */
struct Position
{
    int line = 0;
    int column = 0;
};

/**
 * Where the quoted string or flow collection (`[`, `{`) that `text` never closes opens
 * (the innermost one); line 0 when everything is closed.
 */
Position unclosedConstruct(const QByteArray &text);

/**
 * Parses YAML text; a syntax error names the line and column, never past the last line
 * (an unterminated quote or flow is reported where it opens).
 */
Result<YAML::Node> parse(const QString &file, const QByteArray &text);

QString toQString(const YAML::Node &scalar);

/**
 * Checks that every key of `map` is in `allowed`; the error for the first unknown key
 * names it, where it is, and the closest allowed key.
 */
Status checkKeys(const QString &file, const YAML::Node &map, const QStringList &allowed,
                 const QString &context);

/**
 * Checks that no key of `map` appears twice (YAML parsers keep one and drop the other
 * silently); the error is at the second one and says where the first is.
 */
Status checkUniqueKeys(const QString &file, const YAML::Node &map, const QString &context);

/** True for a plain (unquoted) scalar that YAML reads as a number, boolean or null. */
bool isPlainNonString(const YAML::Node &scalar);

/** Expects a scalar (string, number or boolean); errors name `what`. */
Result<QString> scalar(const QString &file, const YAML::Node &node, const QString &what);

/** Expects a sequence of scalars. */
Result<QStringList> scalarList(const QString &file, const YAML::Node &node, const QString &what);

/** A string map key's node: yaml-cpp keeps the mark on the key node during iteration. */
inline QString keyOf(const YAML::const_iterator &it)
{
    return toQString(it->first);
}

} // namespace mlops::yaml
