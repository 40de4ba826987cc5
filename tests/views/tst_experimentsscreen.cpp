// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/store/store.h"
#include "core/tracking/runtracker.h"
#include "core/workspace/workspace.h"
#include "testsupport.h"
#include "views/common/metricchartview.h"
#include "views/common/workspacesession.h"
#include "views/experiments/experimentsscreen.h"
#include "views/experiments/metricchartgrid.h"
#include "views/experiments/runartifactspanel.h"
#include "views/experiments/runcomparisonview.h"
#include "views/experiments/rundetailsview.h"
#include "views/experiments/runfilterbar.h"
#include "views/experiments/runlogpanel.h"
#include "views/experiments/runtablemodel.h"

#include <QFontMetrics>
#include <QLabel>
#include <QProcess>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest/QTest>

using namespace mlops;

namespace {

int rowOf(QTableWidget *table, const QString &key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == key)
            return row;
    }
    return -1;
}

} // namespace

/**
 * The Experiments screen over a demo workspace with real runs of the demo pipeline
 * (prepare → train → evaluate → gate → register, stop skipped), made by the engine through `mlops run`.
 */
class TestExperimentsScreen : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkspace> m_workspace;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ExperimentsScreen> m_screen;

    bool idle()
    {
        QTest::qWait(0);
        return QTest::qWaitFor([this] { return !m_screen->isBusy(); }, 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFontMetrics(QFont()).inFont(QLatin1Char('T')), "no fonts: install fonts-dejavu-core");
        m_workspace = std::make_unique<test::TempWorkspace>(QStringLiteral("demo"));
        MLOPS_REQUIRE(m_workspace->isValid(), QStringLiteral("demo workspace (python3-sklearn): ") + m_workspace->error());
        const test::CommandResult run = test::runCli({QStringLiteral("-C"), m_workspace->root(), QStringLiteral("run"),
                                                      QStringLiteral("breast-cancer")},
                                                     {}, QProcessEnvironment::systemEnvironment(), 180000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));

        m_session = std::make_unique<WorkspaceSession>();
        Result<Workspace> ws = Workspace::open(m_workspace->root());
        QVERIFY(ws.ok());
        m_screen = std::make_unique<ExperimentsScreen>(m_session.get());
        m_screen->resize(1280, 820);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        m_session->setWorkspace(*ws);
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->model()->rowCount(), 1, 30000);
        QVERIFY(idle());
    }

    void listsTheExecutionWithItsSteps()
    {
        RunTableModel *model = m_screen->model();
        const QModelIndex execution = model->index(0, 0);
        model->data(execution);
        QVERIFY(idle());
        QCOMPARE(model->data(execution).toString(), QStringLiteral("breast-cancer"));
        // A notebook run's name fits its column without being cut.
        QVERIFY(m_screen->table()->columnWidth(RunTableModel::NameColumn)
                >= m_screen->table()->fontMetrics().horizontalAdvance(QStringLiteral("notebooks/breast-cancer.ipynb"))
                       + m_screen->table()->indentation());
        QCOMPARE(model->data(model->index(0, RunTableModel::StatusColumn), RunTableModel::StatusNameRole).toString(),
                 QStringLiteral("Completed"));
        // The columns picked by default show the evaluation's accuracy on the execution.
        const int accuracy = model->metricColumn(QStringLiteral("accuracy"));
        QVERIFY(accuracy > 0);
        bool ok = false;
        const double value = QLocale().toDouble(model->data(model->index(0, accuracy)).toString(), &ok);
        QVERIFY(ok && value > 0.5 && value <= 1.0);
        QVERIFY(model->parameterColumn(QStringLiteral("n_estimators")) > 0);
        QCOMPARE(model->data(model->index(0, model->parameterColumn(QStringLiteral("n_estimators")))).toString(),
                 QStringLiteral("200"));
        m_screen->table()->expand(execution);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(execution), 6, 20000);
        QCOMPARE(model->data(model->index(1, 0, execution)).toString(), QStringLiteral("train"));
    }

    void chartsTheMetricsOfTheSelectedRun()
    {
        const qint64 runId = m_screen->model()->runIdAt(m_screen->model()->index(0, 0));
        m_screen->selectRuns({runId});
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->details()->runId(), runId, 10000);
        QVERIFY(idle());
        RunDetailsView *details = m_screen->details();
        QVERIFY(details->details().has_value());
        const RunRecord &run = details->details()->run;
        QCOMPARE(run.kind, QStringLiteral("pipeline"));
        QCOMPARE(run.children.size(), 6);
        QVERIFY(details->isVisible());

        // train:log_loss, one point per boosting stage (200), on a chart with points.
        details->setCurrentTab(RunDetailsView::MetricsTab);
        MetricChartView *loss = details->charts()->chart(QStringLiteral("train:log_loss"));
        QVERIFY(loss);
        QCOMPARE(loss->seriesCount(), 1);
        QCOMPARE(loss->points(0).size(), 200);
        QVERIFY(loss->points(0).first().y() > loss->points(0).last().y());  // the loss falls

        // Parameters, hyperparameters and final metrics in the overview.
        auto *params = details->findChild<QTableWidget *>(QStringLiteral("parametersTable"));
        auto *metrics = details->findChild<QTableWidget *>(QStringLiteral("finalMetricsTable"));
        QVERIFY(params && metrics);
        QVERIFY(rowOf(params, QStringLiteral("min_accuracy")) >= 0);
        QVERIFY(rowOf(params, QStringLiteral("n_estimators")) >= 0);
        QVERIFY(rowOf(metrics, QStringLiteral("accuracy")) >= 0);
        QVERIFY(rowOf(metrics, QStringLiteral("roc_auc")) >= 0);

        // Logs of the last step with output, artifacts, the commit.
        QTRY_VERIFY_WITH_TIMEOUT(details->logs()->text().contains(QStringLiteral("accuracy=")), 10000);
        QVERIFY(details->artifacts()->artifactCount() >= 6);
        auto *git = details->findChild<QLabel *>(QStringLiteral("gitSummary"));
        QVERIFY(git && git->text().contains(run.gitCommit));
        QVERIFY(details->diffText().isEmpty());   // a clean tree: nothing to show
    }

    void opensARunByItsId()
    {
        // Copies: the details change under us.
        const RunRecord execution = m_screen->details()->details()->run;
        const RunRecord train = execution.children.at(1);
        QCOMPARE(train.name, QStringLiteral("train"));
        m_screen->navigateTo(train.uuid.left(10));
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->details()->runId(), train.id, 10000);
        QVERIFY(idle());
        QCOMPARE(m_screen->details()->details()->run.name, QStringLiteral("train"));
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->selectedRuns(), QList<qint64>{train.id}, 10000);
        // A link back to the execution.
        auto *links = m_screen->details()->findChild<QLabel *>(QStringLiteral("runLinks"));
        QVERIFY(links && links->text().contains(QStringLiteral("run:%1").arg(execution.id)));
    }

    void showsANewRunWhileItGoesAndComparesIt()
    {
        // A second run with another seed, started outside the studio: the screen polls
        // the store and lists it while it runs.
        QProcess cli;
        cli.start(test::cliPath(), {QStringLiteral("-C"), m_workspace->root(), QStringLiteral("run"),
                                    QStringLiteral("breast-cancer"), QStringLiteral("--param"), QStringLiteral("seed=7")});
        QVERIFY(cli.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->model()->rowCount(), 2, 60000);
        QVERIFY(cli.waitForFinished(180000));
        QCOMPARE(cli.exitCode(), 0);
        RunTableModel *model = m_screen->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            (model->data(model->index(0, 0)),
             model->data(model->index(0, RunTableModel::StatusColumn), RunTableModel::StatusNameRole).toString()
                 == QStringLiteral("Completed")),
            30000);

        m_screen->selectRuns({model->runIdAt(model->index(0, 0)), model->runIdAt(model->index(1, 0))});
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->comparison()->runIds().size(), 2, 10000);
        QVERIFY(idle());
        RunComparisonView *comparison = m_screen->comparison();
        QVERIFY(comparison->isVisible());
        QVERIFY(comparison->comparison().parameterDiffers(QStringLiteral("seed")));
        QVERIFY(!comparison->comparison().parameterDiffers(QStringLiteral("n_estimators")));
        QTableWidget *params = comparison->parametersTable();
        const int seed = rowOf(params, QStringLiteral("seed"));
        QVERIFY(seed >= 0);
        QVERIFY(params->item(seed, 0)->data(RunComparisonView::DiffersRole).toBool());
        QCOMPARE(params->item(seed, 1)->text(), QStringLiteral("7"));
        MetricChartView *loss = comparison->charts()->chart(QStringLiteral("train:log_loss"));
        QVERIFY(loss);
        QCOMPARE(loss->seriesCount(), 2);
        QCOMPARE(loss->points(0).size(), 200);
        QCOMPARE(loss->points(1).size(), 200);
    }

    void chartsARunningRunLive()
    {
        // A notebook run logging as it goes: the details follow it while it runs.
        Result<std::unique_ptr<Store>> store = Store::open(Workspace::open(m_workspace->root())->storePath());
        QVERIFY(store.ok());
        RunTracker tracker((*store)->db());
        Result<RunRef> run = tracker.createRun({QStringLiteral("notebook"), QStringLiteral("notebooks/live.ipynb")});
        QVERIFY(run.ok());
        QVERIFY(tracker.start(run->id).ok());
        QList<MetricValue> first;
        for (int i = 0; i < 5; ++i)
            first.append({QStringLiteral("val_loss"), 1.0 / (i + 1)});
        QVERIFY(tracker.logMetrics(run->id, first).ok());
        m_screen->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->model()->rowCount(), 3, 10000);
        m_screen->selectRuns({run->id});
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->details()->runId(), run->id, 10000);
        QVERIFY(idle());
        QVERIFY(m_screen->details()->isLive());
        MetricChartView *chart = m_screen->details()->charts()->chart(QStringLiteral("val_loss"));
        QVERIFY(chart);
        QCOMPARE(chart->points(0).size(), 5);

        QList<MetricValue> more;
        for (int i = 5; i < 12; ++i)
            more.append({QStringLiteral("val_loss"), 1.0 / (i + 1)});
        QVERIFY(tracker.logMetrics(run->id, more).ok());
        m_screen->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(chart->points(0).size(), 12, 10000);
        QVERIFY(tracker.finish(run->id, RunStatus::Completed, 0).ok());
        m_screen->pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(!m_screen->details()->isLive(), 10000);
        QCOMPARE(m_screen->details()->details()->run.status, RunStatus::Completed);
        QVERIFY((*store)->db().exec(QStringLiteral("DELETE FROM runs WHERE id = %1").arg(run->id)).ok());
        m_screen->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->model()->rowCount(), 2, 10000);
    }

    void filtersWithAClearMessageForMistakes()
    {
        RunFilterBar *bar = m_screen->filterBar();
        bar->setFilter(QStringLiteral("acuracy > 0.5"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->filterError().contains(QStringLiteral("did you mean 'accuracy'")), 10000);
        bar->setFilter(QStringLiteral("accuracy > 0.5 and seed = 7"));
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->model()->rowCount(), 1, 10000);
        QVERIFY(bar->filterError().isEmpty());
        bar->setFilter(QStringLiteral("accuracy > 2"));
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->model()->rowCount(), 0, 10000);
        bar->clearAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->model()->rowCount(), 2, 10000);
        bar->setKinds({QStringLiteral("step")});
        QTRY_COMPARE_WITH_TIMEOUT(m_screen->model()->rowCount(), 12, 10000);
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestExperimentsScreen)
#include "tst_experimentsscreen.moc"
