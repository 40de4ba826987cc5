// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The Overview's Container engines card shows what `mlops doctor` finds, loaded off
// the GUI thread; the Overview counts as busy until they are known.

#include "core/workspace/workspace.h"
#include "views/common/workspacesession.h"
#include "views/overview/containerenginescard.h"
#include "views/overview/overviewscreen.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>

using namespace mlops;

class TestContainerEnginesCard : public QObject
{
    Q_OBJECT

private slots:
    void showsEachEngineWithItsState()
    {
        ContainerEnginesCard card;
        QSignalSpy loaded(&card, &ContainerEnginesCard::loaded);
        QVERIFY(card.isLoading());
        QVERIFY(loaded.wait(120000));
        QCOMPARE(card.engines().size(), 2);
        for (const EngineStatus &engine : card.engines()) {
            auto *name = card.findChild<QLabel *>(engine.engine + QStringLiteral("EngineName"));
            auto *state = card.findChild<QLabel *>(engine.engine + QStringLiteral("EngineState"));
            QVERIFY(name);
            QVERIFY(state);
            if (engine.usable()) {
                QVERIFY(state->text().contains(QStringLiteral("running")));
                QVERIFY(!card.findChild<QLabel *>(engine.engine + QStringLiteral("EngineFix")));
            } else {
                auto *fix = card.findChild<QLabel *>(engine.engine + QStringLiteral("EngineFix"));
                QVERIFY(fix);
                QVERIFY(fix->text().contains(QStringLiteral("Fix:")));
            }
            if (test::isCi())
                QVERIFY2(engine.usable(), qPrintable(engine.problem));
        }
    }

    void overviewWaitsForTheEngines()
    {
        // The Overview (and so the tour's picture of it) is busy until the engines are known.
        test::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        WorkspaceSession session;
        session.setWorkspace(*Workspace::open(ws.root()));
        OverviewScreen overview(&session);
        auto *card = new ContainerEnginesCard(&overview);
        overview.addExtension(card);
        QVERIFY(card->isLoading());
        QVERIFY(overview.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!overview.isBusy(), 120000);
        QCOMPARE(card->engines().size(), 2);
        QVERIFY(!card->findChild<QLabel *>(QStringLiteral("dockerEngineName"))->text().isEmpty());
        // Reloads of the Overview within 30 s do not run the detection again.
        card->reload();
        QVERIFY(!card->isLoading());
        card->detect();
        QVERIFY(card->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!overview.isBusy(), 120000);
    }
};

QTEST_MAIN(TestContainerEnginesCard)
#include "tst_containerenginescard.moc"
