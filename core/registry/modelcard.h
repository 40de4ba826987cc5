// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

namespace mlops {

struct ModelSource;

/**
 * The model card a new version starts with (Markdown, after "Model Cards for Model
 * Reporting"): what the registry knows — run, commit, metrics, training data — and
 * headings for what only people know (intended use, limitations, ethical
 * considerations), to be filled in the studio's model card editor.
 */
QString defaultModelCard(const QString &group, int version, const QString &description,
                         const ModelSource &source);

} // namespace mlops
