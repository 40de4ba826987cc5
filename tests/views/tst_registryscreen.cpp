// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/workspace/workspace.h"
#include "views/common/statusbadge.h"
#include "views/common/workspacesession.h"
#include "views/registry/metricshistorychart.h"
#include "views/registry/modelcardeditor.h"
#include "views/registry/registryscreen.h"
#include "views/registry/versiondetailpanel.h"

#include "fixtures/governanceworkspace.h"
#include "testsupport.h"

#include <QChart>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QValueAxis>
#include <QtTest/QTest>

#include <cmath>

using namespace mlops;

class TestRegistryScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<RegistryScreen> m_screen;

    void git(const QStringList &args)
    {
        const test::CommandResult r = test::runProgram(QStringLiteral("git"), QStringList{QStringLiteral("-C"), m_ws->root()} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    }

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_screen->isBusy(), 60000); }

    VersionDetailPanel *detail() { return m_screen->detail(); }

    /** Answers the next message box with `button`, keeping its text in `*text`. */
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString *text, int tries = 3000)
    {
        text->clear();
        QTimer::singleShot(20, [button, text, tries] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    *text = box->text();
                    box->button(button)->click();
                    return;
                }
            }
            if (tries > 0)
                answerNextMessageBox(button, text, tries - 1);
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFontMetrics(QApplication::font()).inFont(QLatin1Char('T')), "no fonts: install fonts-dejavu-core");
        m_ws = std::make_unique<test::TempWorkspace>();
        QVERIFY2(m_ws->isValid(), qPrintable(m_ws->error()));
        test::SeedOptions options;
        options.ciAndTests = false;
        Result<test::SeedReport> seeded = test::seedWorkspace(m_ws->root(), options);
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
        m_session = std::make_unique<WorkspaceSession>();
        m_screen = std::make_unique<RegistryScreen>(m_session.get());
        m_screen->resize(1100, 780);
        m_screen->show();
        Result<Workspace> ws = Workspace::open(m_ws->root());
        QVERIFY(ws.ok());
        m_session->setWorkspace(*ws);
        waitIdle();
    }

    void showsGroupsVersionsAndStatus()
    {
        QTreeWidget *tree = m_screen->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *group = tree->topLevelItem(0);
        QCOMPARE(group->text(0), QStringLiteral("breast-cancer"));
        QCOMPARE(group->childCount(), 5);
        QCOMPARE(group->child(0)->text(0), QStringLiteral("v5  · challenger"));   // newest first
        QCOMPARE(group->child(2)->text(0), QStringLiteral("v3  · champion"));
        QCOMPARE(group->child(3)->text(1), QStringLiteral("Rejected"));
        QVERIFY(m_screen->findChild<QLabel *>(QStringLiteral("registrySubtitle"))->text().contains(QStringLiteral("1 awaiting approval")));
    }

    void tourSelectsTheVersionAwaitingApproval()
    {
        m_screen->prepareForTour();
        QCOMPARE(m_screen->selectedRef(), QStringLiteral("breast-cancer/5"));
        QCOMPARE(detail()->statusBadge()->text(), QStringLiteral("Pending approval"));
        QCOMPARE(detail()->findChild<QLabel *>(QStringLiteral("versionTitle"))->text(), QStringLiteral("breast-cancer / v5"));
        QCOMPARE(detail()->chart()->metric(), QStringLiteral("accuracy"));
        QCOMPARE(detail()->chart()->pointCount(), 5);
        QVERIFY(detail()->cardEditor()->preview()->toPlainText().contains(QStringLiteral("breast-cancer v5")));
        QVERIFY(detail()->approveButton()->isEnabled());
    }

    void linksToRunAndLineage()
    {
        QVERIFY(m_screen->selectVersion(QStringLiteral("breast-cancer/3")));
        const ModelVersion *v = m_screen->snapshot().version(QStringLiteral("breast-cancer/3"));
        QVERIFY(v);
        QSignalSpy spy(m_screen.get(), &Screen::navigateRequested);
        detail()->findChild<QPushButton *>(QStringLiteral("openRun"))->click();
        detail()->findChild<QPushButton *>(QStringLiteral("openLineage"))->click();
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("experiments"));
        QCOMPARE(spy.at(0).at(1).toString(), v->runUuid);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("lineage"));
        QCOMPARE(spy.at(1).at(1).toString(), v->modelHash);
    }

    void approvalWithoutTheRoleShowsTheRefusal()
    {
        git({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Mallory Intern")});
        git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("mallory@example.org")});
        m_screen->reload();
        waitIdle();
        QVERIFY(m_screen->selectVersion(QStringLiteral("breast-cancer/5")));
        QVERIFY2(m_screen->findChild<QLabel *>(QStringLiteral("permissionNote"))->text().contains(QStringLiteral("needs the 'approver' role")),
                 qPrintable(m_screen->findChild<QLabel *>(QStringLiteral("permissionNote"))->text()));
        detail()->commentEdit()->setText(QStringLiteral("ship it"));
        detail()->approveButton()->click();
        waitIdle();
        QLabel *message = detail()->refusalLabel();
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Mallory Intern <mallory@example.org> may not approve model versions")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("role 'approver'")));
        QCOMPARE(m_screen->snapshot().version(QStringLiteral("breast-cancer/5"))->status, ApprovalStatus::PendingManualApproval);
        QCOMPARE(detail()->statusBadge()->text(), QStringLiteral("Pending approval"));
        auto *history = detail()->findChild<QTreeWidget *>(QStringLiteral("versionHistory"));
        QTreeWidgetItem *last = history->topLevelItem(history->topLevelItemCount() - 1);
        QCOMPARE(last->text(2), QStringLiteral("model.approve.denied"));
        QCOMPARE(last->text(1), QStringLiteral("Mallory Intern <mallory@example.org>"));  // the address, not only the name
    }

    void approvalWithTheRoleSucceeds()
    {
        git({QStringLiteral("config"), QStringLiteral("--unset"), QStringLiteral("user.name")});
        git({QStringLiteral("config"), QStringLiteral("--unset"), QStringLiteral("user.email")});
        m_screen->reload();
        waitIdle();
        QVERIFY(m_screen->selectVersion(QStringLiteral("breast-cancer/5")));
        QVERIFY(m_screen->findChild<QLabel *>(QStringLiteral("permissionNote"))->text().startsWith(QStringLiteral("You hold the 'approver' role")));
        detail()->commentEdit()->setText(QStringLiteral("accuracy 0.964 on hold-out"));
        detail()->approveButton()->click();
        waitIdle();
        QCOMPARE(m_screen->selectedRef(), QStringLiteral("breast-cancer/5"));
        QCOMPARE(m_screen->snapshot().version(QStringLiteral("breast-cancer/5"))->status, ApprovalStatus::Approved);
        QCOMPARE(detail()->statusBadge()->text(), QStringLiteral("Approved"));
        QVERIFY(detail()->refusalLabel()->text().contains(QStringLiteral("Approved breast-cancer/5")));
        QVERIFY(detail()->findChild<QLabel *>(QStringLiteral("versionDecision"))->text().contains(QStringLiteral("accuracy 0.964 on hold-out")));
        QVERIFY(!detail()->approveButton()->isEnabled());
    }

    void aRelativeLinkInTheCardKeepsThePreview()
    {
        ModelCardEditor card;
        card.resize(900, 400);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        card.setCard(QStringLiteral("breast-cancer/1"),
                     QStringLiteral("# Screening model\n\nTrained on [the training data](data/train.csv).\n"));
        QTextBrowser *preview = card.preview();
        QTextCursor link = preview->document()->find(QStringLiteral("training data"));
        QVERIFY(!link.isNull());
        link.setPosition(link.selectionStart() + 3);
        const QPoint at = preview->cursorRect(link).center();
        QVERIFY(!preview->anchorAt(at).isEmpty());
        QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, at);
        QTest::qWait(50);
        // The preview still shows the card, not an empty page for a file it cannot load.
        QVERIFY2(preview->toPlainText().contains(QStringLiteral("Screening model")), qPrintable(preview->toPlainText()));
        QVERIFY(preview->source().isEmpty());
        QVERIFY(!card.isModified());
    }

    void editsTheModelCardAndMovesAnAlias()
    {
        QVERIFY(m_screen->selectVersion(QStringLiteral("breast-cancer/4")));
        ModelCardEditor *card = detail()->cardEditor();
        card->editor()->setPlainText(QStringLiteral("# Tuned depth\n\nFor **screening** only."));
        QVERIFY(card->isModified());
        detail()->findChild<QPushButton *>(QStringLiteral("saveCard"))->click();
        waitIdle();
        QVERIFY(!card->isModified());
        QCOMPARE(m_screen->snapshot().version(QStringLiteral("breast-cancer/4"))->modelCard,
                 QStringLiteral("# Tuned depth\n\nFor **screening** only."));
        QTRY_VERIFY(card->preview()->toPlainText().contains(QStringLiteral("For screening only.")));

        detail()->findChild<QLineEdit *>(QStringLiteral("aliasEdit"))->setText(QStringLiteral("champion"));
        detail()->findChild<QPushButton *>(QStringLiteral("setAlias"))->click();
        waitIdle();
        QVERIFY(detail()->refusalLabel()->text().contains(QStringLiteral("Moved champion from version 3 to breast-cancer/4")));
        QCOMPARE(m_screen->snapshot().version(QStringLiteral("breast-cancer/4"))->aliases, QStringList{QStringLiteral("champion")});
        QCOMPARE(m_screen->tree()->topLevelItem(0)->child(1)->text(0), QStringLiteral("v4  · champion"));
    }

    void rejectingTheChampionAsksFirstAndClearsTheComment()
    {
        // v4 holds champion since the test before.
        QVERIFY(m_screen->selectVersion(QStringLiteral("breast-cancer/4")));
        QCOMPARE(m_screen->snapshot().version(QStringLiteral("breast-cancer/4"))->aliases, QStringList{QStringLiteral("champion")});
        detail()->commentEdit()->setText(QStringLiteral("drift on new clinics"));
        QString question;
        answerNextMessageBox(QMessageBox::No, &question);
        detail()->rejectButton()->click();
        waitIdle();
        QVERIFY2(question.contains(QStringLiteral("removes its aliases: champion")), qPrintable(question));
        QCOMPARE(m_screen->snapshot().version(QStringLiteral("breast-cancer/4"))->status, ApprovalStatus::Approved);
        QCOMPARE(m_screen->snapshot().version(QStringLiteral("breast-cancer/4"))->aliases, QStringList{QStringLiteral("champion")});
        QCOMPARE(detail()->commentEdit()->text(), QStringLiteral("drift on new clinics"));   // kept for another try

        answerNextMessageBox(QMessageBox::Yes, &question);
        detail()->rejectButton()->click();
        waitIdle();
        const ModelVersion *v = m_screen->snapshot().version(QStringLiteral("breast-cancer/4"));
        QCOMPARE(v->status, ApprovalStatus::Rejected);
        QCOMPARE(v->statusComment, QStringLiteral("drift on new clinics"));
        QVERIFY(v->aliases.isEmpty());
        QVERIFY(detail()->refusalLabel()->text().contains(QStringLiteral("removed its aliases: champion")));
        // The comment was recorded with the rejection: it must not go with the next decision.
        QCOMPARE(m_screen->selectedRef(), QStringLiteral("breast-cancer/4"));
        QVERIFY2(detail()->commentEdit()->text().isEmpty(), qPrintable(detail()->commentEdit()->text()));

        // A version without aliases is rejected without a question; an alias set clears its field.
        QVERIFY(m_screen->selectVersion(QStringLiteral("breast-cancer/5")));
        detail()->aliasEdit()->setText(QStringLiteral("candidate"));
        detail()->findChild<QPushButton *>(QStringLiteral("setAlias"))->click();
        waitIdle();
        QCOMPARE(m_screen->snapshot().version(QStringLiteral("breast-cancer/5"))->aliases.contains(QStringLiteral("candidate")), true);
        QVERIFY(detail()->aliasEdit()->text().isEmpty());
    }

    void quickCardSavesAreAllSavedInOrder()
    {
        // A second save asked for while the first still runs off the GUI thread is not lost:
        // it runs after the first, and its audit entry names the card the first wrote.
        const QString ref = QStringLiteral("breast-cancer/2");
        QVERIFY(m_screen->selectVersion(ref));
        ModelCardEditor *card = detail()->cardEditor();
        const QString first = QStringLiteral("# First take\n");
        const QString second = QStringLiteral("# Second take\n\nWith limitations.");
        card->editor()->setPlainText(first);
        emit card->saveRequested(ref, first);
        QVERIFY(m_screen->isBusy());
        card->editor()->setPlainText(second);
        emit card->saveRequested(ref, second);
        waitIdle();
        QCOMPARE(m_screen->snapshot().version(ref)->modelCard, second);
        QVERIFY(!card->isModified());
        QCOMPARE(card->editor()->toPlainText(), second);

        const auto hashOf = [](const QString &text) {
            return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
        };
        QList<QJsonObject> saves;
        for (const AuditEntry &e : m_screen->snapshot().history.value(ref)) {
            if (e.action == QStringLiteral("model.card"))
                saves.append(e.detailsObject());
        }
        QCOMPARE(saves.size(), 2);
        // History is oldest first.
        QCOMPARE(saves.at(0).value(QStringLiteral("sha256")).toString(), hashOf(first));
        QCOMPARE(saves.at(1).value(QStringLiteral("previous_sha256")).toString(), hashOf(first));
        QCOMPARE(saves.at(1).value(QStringLiteral("sha256")).toString(), hashOf(second));
    }

    void metricAxisLabelsAreDistinct()
    {
        // Two close accuracies: "%.3g" on an unrounded range printed 0.956 twice.
        QList<ModelVersion> versions;
        for (const double accuracy : {0.95614, 0.95804}) {
            ModelVersion v;
            v.group = QStringLiteral("breast-cancer");
            v.version = int(versions.size()) + 1;
            v.metrics.insert(QStringLiteral("accuracy"), accuracy);
            versions.append(v);
        }
        MetricsHistoryChart chart;
        chart.resize(500, 300);
        chart.setVersions(versions, 1);
        QCOMPARE(chart.pointCount(), 2);
        auto *view = chart.findChild<QChartView *>();
        QVERIFY(view);
        const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto *y = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(y);
        QStringList labels;
        for (int i = 0; i < y->tickCount(); ++i) {
            const double value = y->min() + i * (y->max() - y->min()) / (y->tickCount() - 1);
            labels.append(QString::asprintf(y->labelFormat().toLatin1().constData(), value));
        }
        QVERIFY2(labels.removeDuplicates() == 0, qPrintable(labels.join(QStringLiteral(" | "))));
        QVERIFY(y->min() <= 0.95614 && y->max() >= 0.95804);
        // Round ticks: each label is the exact tick value, with no more decimals than the step needs.
        QCOMPARE(labels.first().size(), labels.last().size());
        for (const QString &label : std::as_const(labels))
            QVERIFY2(label.size() <= 6, qPrintable(label));
        const double step = (y->max() - y->min()) / (y->tickCount() - 1);
        QVERIFY2(std::abs(y->min() / step - std::round(y->min() / step)) < 1e-6, qPrintable(labels.first()));
    }

    void aStandInIdentityIsNamedInThePermissionNote()
    {
        // Only user.email is configured, and it holds no role: the note says what git lacks.
        git({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("someone@example.org")});
        m_screen->reload();
        waitIdle();
        QVERIFY(m_screen->selectVersion(QStringLiteral("breast-cancer/2")));
        const QString note = m_screen->findChild<QLabel *>(QStringLiteral("permissionNote"))->text();
        git({QStringLiteral("config"), QStringLiteral("--unset"), QStringLiteral("user.email")});
        QVERIFY2(note.contains(QStringLiteral("needs the 'approver' role")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("git has no user.name configured, so you act as ")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("<someone@example.org>")), qPrintable(note));

        // With the identity git falls back to, which the workspace names as approver: no note.
        m_screen->reload();
        waitIdle();
        QVERIFY(m_screen->selectVersion(QStringLiteral("breast-cancer/2")));
        QVERIFY(m_screen->findChild<QLabel *>(QStringLiteral("permissionNote"))->text().startsWith(QStringLiteral("You hold")));
    }

    void actorsShowTheirAddress()
    {
        // Someone who borrowed Alice's name: the address tells them apart.
        ModelVersion v;
        v.group = QStringLiteral("breast-cancer");
        v.version = 1;
        v.status = ApprovalStatus::Approved;
        v.statusBy = QStringLiteral("Alice Auditor <alice@example.org>");
        v.statusAt = QDateTime::currentDateTimeUtc();
        v.createdBy = v.statusBy;
        v.created = v.statusAt;
        ModelGroup group;
        group.name = v.group;
        group.versions = {v};
        AuditEntry denied;
        denied.seq = 2;
        denied.actor = QStringLiteral("Alice Auditor <mallory@evil.org>");
        denied.action = QStringLiteral("model.approve.denied");
        AuditEntry approved = denied;
        approved.seq = 3;
        approved.actor = v.statusBy;
        approved.action = QStringLiteral("model.approve");
        VersionDetailPanel panel;
        panel.resize(900, 700);
        panel.setVersion(v, group, {denied, approved}, QString(), true);
        QStringList history;
        for (QTreeWidget *tree : panel.findChildren<QTreeWidget *>()) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                history.append(tree->topLevelItem(i)->text(1));
        }
        QVERIFY2(history.contains(QStringLiteral("Alice Auditor <mallory@evil.org>")), qPrintable(history.join(QLatin1Char('|'))));
        QVERIFY(history.contains(QStringLiteral("Alice Auditor <alice@example.org>")));
        bool decisionShowsAddress = false;
        for (QLabel *label : panel.findChildren<QLabel *>())
            decisionShowsAddress |= label->text().contains(QStringLiteral("by Alice Auditor <span"))
                                    && label->text().contains(QStringLiteral("&lt;alice@example.org&gt;"));
        QVERIFY(decisionShowsAddress);
    }
};

QTEST_MAIN(TestRegistryScreen)
#include "tst_registryscreen.moc"
