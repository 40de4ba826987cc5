// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/common/result.h"

#include <QString>

namespace mlops {

/**
 * How users name a model version: `GROUP/VERSION` (breast-cancer/3) or `GROUP@ALIAS`
 * (breast-cancer@champion). Group names follow SageMaker's model package group names
 * (letters, digits and hyphens, up to 63 characters), also allowing `_` and `.`.
 */
struct ModelVersionRef
{
    QString group;
    int version = 0;   ///< 0 when the reference is by alias
    QString alias;

    /** Parses a reference; the error (BadInput) says what the forms are. */
    static Result<ModelVersionRef> parse(const QString &text);
    QString toString() const;

    /** OK for a valid group name, else a BadInput error that says why. */
    static Status checkGroupName(const QString &name);
    /** OK for a valid alias: a lowercase letter, then letters, digits, '-' or '_'. */
    static Status checkAlias(const QString &alias);
};

} // namespace mlops
