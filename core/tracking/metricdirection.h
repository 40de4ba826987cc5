// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

namespace mlops {

/** Which way a metric gets better, as far as its name tells. */
enum class MetricDirection {
    Unknown,        ///< a count, a size, a rate of something: no value is "best"
    LowerIsBetter,  ///< losses, errors, times
    HigherIsBetter  ///< accuracy, AUC, F1, precision, recall, R², scores
};

/**
 * The direction of a metric from the words of its name ("val_loss", "train:accuracy",
 * "f1_score", "meanAbsoluteError"): the name is split at punctuation, digits-to-letters
 * and camelCase into words, and a known word decides. A leading "neg" word (scikit-learn's
 * "neg_mean_squared_error") turns the direction round. Names such as "rows_test" or
 * "epoch" have no direction: ranking them would mislead.
 */
MetricDirection metricDirection(const QString &name);

} // namespace mlops
