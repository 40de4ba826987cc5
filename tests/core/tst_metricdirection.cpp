// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// Which way a metric gets better, from the names data scientists log: what the run
// comparison marks as best, and what it leaves unranked.
#include "core/tracking/metricdirection.h"

#include <QtTest/QTest>

using namespace mlops;

Q_DECLARE_METATYPE(mlops::MetricDirection)

class TestMetricDirection : public QObject
{
    Q_OBJECT

private slots:
    void directionFromTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<MetricDirection>("direction");
        const auto low = MetricDirection::LowerIsBetter;
        const auto high = MetricDirection::HigherIsBetter;
        const auto none = MetricDirection::Unknown;
        const QList<std::pair<const char *, MetricDirection>> cases{
            {"loss", low}, {"val_loss", low}, {"train:log_loss", low}, {"logloss", low}, {"valLoss", low},
            {"mean_absolute_error", low}, {"rmse", low}, {"test/MSE", low}, {"top5Error", low},
            {"fit_time", low}, {"p99_latency_ms", low}, {"perplexity", low},
            {"accuracy", high}, {"train:accuracy", high}, {"balanced_accuracy", high}, {"roc_auc", high},
            {"f1_score", high}, {"F1", high}, {"precision", high}, {"recall@10", high}, {"r2", high},
            {"test_r2", high}, {"score", high}, {"valAccuracy", high},
            {"neg_mean_squared_error", high}, {"neg_log_loss", high},
            {"rows_test", none}, {"rows_train", none}, {"n_samples", none}, {"epoch", none},
            {"learning_rate", none}, {"batch_size", none}, {"features", none}, {"", none}};
        for (const auto &[name, direction] : cases)
            QTest::newRow(*name ? name : "(empty)") << QString::fromUtf8(name) << direction;
    }

    void directionFromTheName()
    {
        QFETCH(QString, name);
        QFETCH(MetricDirection, direction);
        QCOMPARE(metricDirection(name), direction);
    }
};

QTEST_GUILESS_MAIN(TestMetricDirection)
#include "tst_metricdirection.moc"
