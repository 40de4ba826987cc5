// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/governance/auditlog.h"
#include "core/store/store.h"
#include "core/workspace/workspace.h"
#include "views/common/card.h"
#include "views/common/workspacesession.h"
#include "views/maturity/criteriatree.h"
#include "views/maturity/maturityscreen.h"
#include "views/maturity/nextactionslist.h"
#include "views/overview/audittrailcard.h"
#include "views/overview/lifecyclecard.h"
#include "views/overview/overviewscreen.h"

#include "fixtures/governanceworkspace.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QLabel>
#include <QTreeWidget>
#include <QtTest/QTest>

#include <sqlite3.h>

using namespace mlops;

class TestMaturityScreen : public QObject
{
    Q_OBJECT

private:
    static QString tileValue(QWidget *screen, const char *name)
    {
        auto *label = screen->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFontMetrics(QApplication::font()).inFont(QLatin1Char('T')), "no fonts: install fonts-dejavu-core");
    }

    void freshWorkspaceShowsWhereToStart()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        WorkspaceSession session;
        MaturityScreen screen(&session);
        screen.resize(1100, 780);
        screen.show();
        session.setWorkspace(*Workspace::open(ws.root()));
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 60000);
        QCOMPARE(tileValue(&screen, "awsPhase"), QStringLiteral("—"));
        QCOMPARE(tileValue(&screen, "googleLevel"), QStringLiteral("0 / 2"));
        QCOMPARE(tileValue(&screen, "azureLevel"), QStringLiteral("0 / 4"));
        QVERIFY(screen.nextActions()->actionCount() > 0);
        QVERIFY(screen.nextActions()->commands().first().startsWith(QStringLiteral("mlops validate")));
    }

    void seededWorkspaceShowsPhaseEvidenceAndActions()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        QVERIFY(test::seedWorkspace(ws.root()).ok());
        WorkspaceSession session;
        MaturityScreen screen(&session);
        screen.resize(1100, 780);
        screen.show();
        session.setWorkspace(*Workspace::open(ws.root()));
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 60000);

        QCOMPARE(tileValue(&screen, "awsPhase"), QStringLiteral("Repeatable"));
        QCOMPARE(tileValue(&screen, "googleLevel"), QStringLiteral("2 / 2"));
        QCOMPARE(tileValue(&screen, "azureLevel"), QStringLiteral("2 / 4"));
        CriteriaTree *tree = screen.criteria();
        QCOMPARE(tree->topLevelItemCount(), 4);
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Repeatable — reached"));
        // The empty template declares no staging/production environments.
        QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Reliable — 4 of 6 required criteria met"));
        QTreeWidgetItem *registry = tree->criterionItem(QStringLiteral("model-registry"));
        QVERIFY(registry);
        QCOMPARE(registry->text(0), QStringLiteral("Models are kept in a registry"));
        QVERIFY(registry->child(0)->text(0).contains(QStringLiteral("5 version(s)")));
        QCOMPARE(registry->child(0)->text(1), QStringLiteral(".mlops/store.db: model registry"));

        screen.prepareForTour();
        QTreeWidgetItem *focused = tree->currentItem();
        QVERIFY(focused);
        QCOMPARE(focused, tree->criterionItem(QStringLiteral("staging-production")));
        QVERIFY(focused->isExpanded());
        QVERIFY(screen.nextActions()->commands().first().startsWith(QStringLiteral("mlops serve breast-cancer/4")));
    }

    void overviewShowsLifecycleAndAuditTrail()
    {
        test::TempWorkspace ws;
        QVERIFY(ws.isValid());
        test::SeedOptions options;
        options.ciAndTests = false;
        QVERIFY(test::seedWorkspace(ws.root(), options).ok());
        WorkspaceSession session;
        OverviewScreen screen(&session);
        screen.resize(1100, 900);
        screen.QWidget::show();   // OverviewScreen::show(summary) hides it
        session.setWorkspace(*Workspace::open(ws.root()));
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 60000);

        auto *lifecycle = screen.findChild<LifecycleCard *>();
        auto *audit = screen.findChild<AuditTrailCard *>();
        QVERIFY(lifecycle && audit);
        QCOMPARE(lifecycle->stages().size(), 6);
        QStringList headlines;
        for (QLabel *label : lifecycle->findChildren<QLabel *>(QStringLiteral("stageHeadline")))
            headlines.append(label->text());
        QCOMPARE(headlines, (QStringList{QStringLiteral("No data yet"), QStringLiteral("6 model(s) trained"),
                                         QStringLiteral("Metrics on 6 run(s)"), QStringLiteral("5 version(s)"),
                                         QStringLiteral("Not deployed"), QStringLiteral("Not monitored")}));
        QCOMPARE(audit->entries()->topLevelItemCount(), AuditTrailCard::kEntries);
        {
            // The list is as tall as its rows: no blank band under the last entry.
            QTreeWidget *list = audit->entries();
            QCoreApplication::processEvents();
            const QRect last = list->visualItemRect(list->topLevelItem(list->topLevelItemCount() - 1));
            const int blank = list->viewport()->height() - last.bottom() - 1;
            QVERIFY2(last.isValid() && blank >= 0 && blank < last.height(),
                     qPrintable(QStringLiteral("%1 px blank under the last row of %2 px").arg(blank).arg(last.height())));
        }
        QCOMPARE(audit->entries()->topLevelItem(0)->text(2), QStringLiteral("model.card"));
        auto *chain = audit->findChild<QLabel *>(QStringLiteral("auditChain"));
        QVERIFY2(chain->text().contains(QStringLiteral("hash chain verified")), qPrintable(chain->text()));

        // Someone edits the log by hand: the Overview says so and names the entry.
        // Who is the whole identity: a look-alike name with another address is told apart.
        const QString real = audit->entries()->topLevelItem(0)->toolTip(1);
        QVERIFY2(real.contains(QLatin1Char('<')) && real.contains(QLatin1Char('@')), qPrintable(real));
        QCOMPARE(audit->entries()->topLevelItem(0)->text(1), real);
        const QString lookAlike = real.section(QStringLiteral(" <"), 0, 0) + QStringLiteral(" <mallory@evil.example>");
        {
            Result<std::unique_ptr<Store>> store = Store::open(ws.path(QStringLiteral(".mlops/store.db")));
            QVERIFY(store.ok());
            AuditLog log((*store)->db());
            QVERIFY(log.append({lookAlike, QStringLiteral("model.approve.denied"), QStringLiteral("breast-cancer/5"),
                                QStringLiteral("ship it"), QJsonObject{}}).ok());
        }
        screen.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 60000);
        QCOMPARE(audit->entries()->topLevelItem(0)->text(1), lookAlike);
        QCOMPARE(audit->entries()->topLevelItem(1)->text(1), real);
        QVERIFY2(audit->entries()->columnWidth(1) >= audit->entries()->fontMetrics().horizontalAdvance(lookAlike),
                 qPrintable(QString::number(audit->entries()->columnWidth(1))));
        QCOMPARE(audit->entries()->topLevelItem(1)->text(2), QStringLiteral("model.card"));

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(ws.path(QStringLiteral(".mlops/store.db"))), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET comment = 'fine' WHERE seq = 8",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        screen.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!screen.isBusy(), 60000);
        QVERIFY2(chain->text().contains(QStringLiteral("tampered")) && chain->text().contains(QStringLiteral("#8")),
                 qPrintable(chain->text()));
        QCOMPARE(audit->verification().firstBadSeq, 8);
    }
};

QTEST_MAIN(TestMaturityScreen)
#include "tst_maturityscreen.moc"
