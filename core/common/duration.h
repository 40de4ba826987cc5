// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

#include <optional>

namespace mlops {

/**
 * Parses a duration into milliseconds: "30m", "10s", "1h30m", "500ms", "2d", a bare
 * number of seconds ("90"), or ISO 8601 as SageMaker writes it ("PT1H", "P7D",
 * "PT1H30M"). Returns nullopt for anything else (or a negative duration).
 */
std::optional<qint64> parseDuration(const QString &text);

/** "1 h 5 min", "42 s", "850 ms": a short human form. */
QString formatDuration(qint64 ms);

} // namespace mlops
