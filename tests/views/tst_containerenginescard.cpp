// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The Overview's Container engines card shows what `mlops doctor` finds, loaded off
// the GUI thread.

#include "views/overview/containerenginescard.h"
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
};

QTEST_MAIN(TestContainerEnginesCard)
#include "tst_containerenginescard.moc"
