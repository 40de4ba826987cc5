// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/tracking/metricdirection.h"

#include <QStringList>

#include <initializer_list>

namespace mlops {

namespace {

/** "val_loss" → {val, loss}; "trainAccuracy" → {train, accuracy}; "top5Error" → {top5, error}. */
QStringList wordsOf(const QString &name)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.append(word.toLower());
        word.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        // A capital after a small letter or a digit starts a word (camelCase).
        if (c.isUpper() && !word.isEmpty() && (word.back().isLower() || word.back().isDigit()))
            flush();
        word.append(c);
    }
    flush();
    return words;
}

bool isOneOf(const QString &word, std::initializer_list<const char *> list)
{
    for (const char *w : list) {
        if (word == QLatin1String(w))
            return true;
    }
    return false;
}

// Words long enough to be recognised also at the end of a run-together name ("valloss",
// "logloss", "balancedaccuracy").
const char *const kLowerSuffixes[] = {"loss", "error", "perplexity", "latency"};
const char *const kHigherSuffixes[] = {"accuracy", "precision", "recall"};

MetricDirection directionOfWord(const QString &w)
{
    if (isOneOf(w, {"loss", "losses", "error", "errors", "err", "mse", "mae", "rmse", "rmsle", "msle", "mape",
                    "smape", "perplexity", "latency", "time", "seconds", "duration", "wer", "cer", "fpr", "fnr",
                    "brier", "deviance", "hinge"}))
        return MetricDirection::LowerIsBetter;
    if (isOneOf(w, {"accuracy", "acc", "auc", "roc", "auroc", "auprc", "f1", "f2", "fbeta", "precision", "recall",
                    "r2", "score", "sensitivity", "specificity", "tpr", "ap", "map", "ndcg", "mrr", "iou", "miou",
                    "dice", "bleu", "rouge", "kappa", "mcc", "jaccard"}))
        return MetricDirection::HigherIsBetter;
    for (const char *suffix : kLowerSuffixes) {
        if (w.endsWith(QLatin1String(suffix)))
            return MetricDirection::LowerIsBetter;
    }
    for (const char *suffix : kHigherSuffixes) {
        if (w.endsWith(QLatin1String(suffix)))
            return MetricDirection::HigherIsBetter;
    }
    return MetricDirection::Unknown;
}

} // namespace

MetricDirection metricDirection(const QString &name)
{
    const QStringList words = wordsOf(name);
    // The last word that has a direction decides: "f1_score" and "log_loss" alike; in
    // "error_rate" it is "error" (rate has none).
    MetricDirection direction = MetricDirection::Unknown;
    for (const QString &w : words) {
        if (const MetricDirection d = directionOfWord(w); d != MetricDirection::Unknown)
            direction = d;
    }
    if (!words.isEmpty() && words.first() == QStringLiteral("neg") && direction != MetricDirection::Unknown)
        direction = direction == MetricDirection::LowerIsBetter ? MetricDirection::HigherIsBetter
                                                                : MetricDirection::LowerIsBetter;
    return direction;
}

} // namespace mlops
