// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The Notebook screen's kernel queue against a real ipykernel: what runs when a cell is
// run again while it runs or waits.

#include "core/notebook/kernelspec.h"
#include "testsupport.h"
#include "views/notebook/notebookkernel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mlops;
using namespace mlops::test;

namespace {
constexpr int kTimeoutMs = 120000;
} // namespace

class TestNotebookKernel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MLOPS_REQUIRE(pythonImports(QStringLiteral("ipykernel")), QStringLiteral("/usr/bin/python3 cannot import ipykernel"));
    }

    void runsTheCodeACellHasWhenRunAgain()
    {
        QTemporaryDir dir;
        NotebookKernel kernel(std::nullopt, dir.filePath(QStringLiteral("k.ipynb")));
        QSignalSpy ready(&kernel, &NotebookKernel::kernelReady);
        kernel.start(KernelSpec::pythonKernel(QStringLiteral("/usr/bin/python3")));
        QVERIFY(ready.wait(kTimeoutMs));

        QStringList ran;   // cell and execution count, in order
        connect(&kernel, &NotebookKernel::cellFinished, this, [&ran](const QString &id, bool ok, int count) {
            ran.append(QStringLiteral("%1:%2%3").arg(id).arg(count).arg(ok ? QString() : QStringLiteral(" failed")));
        });
        QMap<QString, QString> printed;
        connect(&kernel, &NotebookKernel::output, this, [&printed](const QString &id, const JupyterMessage &m) {
            if (m.msgType() == QStringLiteral("stream"))
                printed[id] += m.content.value(QStringLiteral("text")).toString();
        });

        const QString slow = QStringLiteral("import time\ntime.sleep(1.5)\nx = 1");
        kernel.run(QStringLiteral("a"), slow);
        QTRY_COMPARE_WITH_TIMEOUT(kernel.runningCell(), QStringLiteral("a"), kTimeoutMs);
        kernel.run(QStringLiteral("a"), slow);                        // pressed twice: one run
        kernel.run(QStringLiteral("b"), QStringLiteral("print(x)"));
        kernel.run(QStringLiteral("b"), QStringLiteral("print(x * 10)"));   // edited while waiting: its new code, once
        kernel.run(QStringLiteral("a"), QStringLiteral("x = 2"));     // edited while running: runs again after
        QCOMPARE(kernel.queuedCells(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        kernel.run(QStringLiteral("c"), QStringLiteral("print(x)"));
        QTRY_VERIFY_WITH_TIMEOUT(!kernel.hasWork(), kTimeoutMs);
        QCOMPARE(ran, (QStringList{QStringLiteral("a:1"), QStringLiteral("b:2"), QStringLiteral("a:3"),
                                   QStringLiteral("c:4")}));
        QCOMPARE(printed.value(QStringLiteral("b")), QStringLiteral("10\n"));
        QCOMPARE(printed.value(QStringLiteral("c")), QStringLiteral("2\n"));
    }
};

QTEST_GUILESS_MAIN(TestNotebookKernel)
#include "tst_notebookkernel.moc"
