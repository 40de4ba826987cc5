// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// `mlops-studio --tour` on a workspace with runs, registered versions and approvals:
// the Registry and Maturity pictures exist and are not blank.
#include "fixtures/governanceworkspace.h"
#include "testsupport.h"

#include <QImage>
#include <QSet>
#include <QtTest/QTest>

using namespace mlops;

class TestGovernanceTour : public QObject
{
    Q_OBJECT

private slots:
    void tourCapturesRegistryAndMaturity()
    {
        test::TempWorkspace ws;
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        QVERIFY(test::seedWorkspace(ws.root()).ok());
        QTemporaryDir out;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const test::CommandResult r = test::runProgram(test::studioPath(),
                                                       {QStringLiteral("--tour"), out.path(), ws.root()}, {}, env, 240000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        for (const char *name : {"overview", "registry", "maturity", "overview-after-runs"}) {
            const QImage image(out.filePath(QLatin1String(name) + QStringLiteral(".png")));
            QVERIFY2(!image.isNull(), name);
            QVERIFY(image.width() >= 900 && image.height() >= 600);
            // Real content: many distinct colours, not an empty or single-colour page.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 40, name);
        }
    }
};

QTEST_MAIN(TestGovernanceTour)
#include "tst_governancetour.moc"
