// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>
#include <QStringList>

namespace mlops {

/** Edit distance (Levenshtein plus swaps of neighbouring characters), case-sensitive. */
int editDistance(const QString &a, const QString &b);

/**
 * The candidate closest to `word`, for "did you mean" hints; empty when nothing is
 * close enough to help (more than a third of the word would have to change).
 */
QString closestMatch(const QString &word, const QStringList &candidates);

/** " (did you mean 'x'?)" or an empty string, ready to append to a message. */
QString didYouMean(const QString &word, const QStringList &candidates);

} // namespace mlops
