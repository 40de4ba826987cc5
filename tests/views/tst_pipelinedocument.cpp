// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// PipelineDocument: every edit is an undoable command, the YAML follows the graph (and
// the graph the YAML), unedited files save byte for byte, edited ones canonically.

#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/pipelinewriter.h"
#include "testsupport.h"
#include "views/pipeline/pipelinedocument.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace mlops;

namespace {

QByteArray demoText()
{
    return test::readFile(QStringLiteral(MLOPS_SOURCE_DIR "/resources/templates/demo/files/pipelines/breast-cancer.yaml"));
}

/** The demo, written the way people write YAML by hand: comments, odd spacing, block lists. */
const QByteArray kHandWritten = "# Breast cancer, by hand\n"
                                "name: breast-cancer\n"
                                "parameters:\n"
                                "  min_accuracy: 0.9   # the bar\n"
                                "steps:\n"
                                "  prepare:\n"
                                "    type: processing\n"
                                "    command:\n"
                                "      - python\n"
                                "      - src/prepare.py\n"
                                "    outputs:  [train, test]\n"
                                "  train:\n"
                                "    type: training\n"
                                "    command: [python, src/train.py]\n"
                                "    inputs: {train: \"${steps.prepare.outputs.train}\"}\n";

std::unique_ptr<PipelineDocument> demo()
{
    return PipelineDocument::fromText(demoText(), QStringLiteral("pipelines/breast-cancer.yaml"));
}

bool isCanonical(const PipelineDocument &doc)
{
    Result<QByteArray> formatted = PipelineWriter::format(QStringLiteral("x.yaml"), doc.text());
    return formatted.ok() && *formatted == doc.text();
}

StepSpec processing(const QString &name, const QStringList &command)
{
    StepSpec s;
    s.name = name;
    s.type = QStringLiteral("processing");
    s.command = command;
    return s;
}

/** A layered pipeline: `count` steps, ten a layer, each reading an output of the layer above. */
QByteArray bigPipeline(int count)
{
    PipelineSpec spec;
    spec.name = QStringLiteral("big");
    for (int i = 0; i < count; ++i) {
        StepSpec s = processing(QStringLiteral("step%1").arg(i, 3, 10, QLatin1Char('0')),
                                {QStringLiteral("python"), QStringLiteral("src/s%1.py").arg(i)});
        s.outputs = {QStringLiteral("out")};
        if (i >= 10)
            s.inputs.append(InputSpec{QStringLiteral("in"), QStringLiteral("${steps.step%1.outputs.out}").arg(i - 10 + (i % 3), 3, 10, QLatin1Char('0')), {}});
        spec.steps.append(s);
    }
    return PipelineWriter::write(spec);
}

} // namespace

class TestPipelineDocument : public QObject
{
    Q_OBJECT

private slots:
    void uneditedSavesByteForByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hand.yaml"));
        QVERIFY(test::writeFile(path, kHandWritten));
        Result<std::unique_ptr<PipelineDocument>> doc = PipelineDocument::open(path);
        QVERIFY(doc.ok());
        QVERIFY(!(*doc)->isModified());
        QCOMPARE((*doc)->text(), kHandWritten);
        QVERIFY((*doc)->save().ok());
        QCOMPARE(test::readFile(path), kHandWritten);

        // An edit and its undo leave the file as it was too.
        QVERIFY((*doc)->renameStep(QStringLiteral("train"), QStringLiteral("fit")));
        QVERIFY((*doc)->isModified());
        QVERIFY((*doc)->text() != kHandWritten);
        (*doc)->undoStack()->undo();
        QVERIFY(!(*doc)->isModified());
        QCOMPARE((*doc)->text(), kHandWritten);
    }

    void graphEditsWriteCanonicalStableYamlAndKeepComments()
    {
        auto doc = PipelineDocument::fromText(kHandWritten);
        QVERIFY(doc->changeStep([&] {
            StepSpec s = *doc->step(QStringLiteral("prepare"));
            s.description = QStringLiteral("Split the data");
            return s;
        }(), QStringLiteral("description")));
        const QByteArray after = doc->text();
        QVERIFY(isCanonical(*doc));
        QVERIFY(after.startsWith("# Breast cancer, by hand\nname: breast-cancer\n"));
        QVERIFY(after.contains("  min_accuracy: 0.9  # the bar\n"));
        QVERIFY(after.contains("    description: Split the data\n    command: [python, src/prepare.py]\n"));
        // Stable: undo and redo give the same bytes.
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), kHandWritten);
        doc->undoStack()->redo();
        QCOMPARE(doc->text(), after);
    }

    void addAndRemoveStepsWithUndo()
    {
        auto doc = demo();
        const QByteArray original = doc->text();
        QSignalSpy added(doc.get(), &PipelineDocument::stepsAdded);
        QVERIFY(doc->addStep(processing(QStringLiteral("report"), {QStringLiteral("python"), QStringLiteral("src/report.py")})));
        QCOMPARE(added.size(), 1);
        QVERIFY(doc->step(QStringLiteral("report")));
        QVERIFY(doc->text().contains("  report:\n    type: processing\n    command: [python, src/report.py]\n"));
        QVERIFY(!doc->addStep(processing(QStringLiteral("report"), {QStringLiteral("x")})));  // taken
        QVERIFY(!doc->addStep(processing(QStringLiteral("9bad"), {QStringLiteral("x")})));    // not a name

        // Removing a step drops the links to it (inputs fed by it), all in one undo step.
        QVERIFY(doc->removeSteps({QStringLiteral("prepare")}));
        QVERIFY(!doc->step(QStringLiteral("prepare")));
        QVERIFY(doc->step(QStringLiteral("train"))->inputs.isEmpty());
        QCOMPARE(doc->step(QStringLiteral("evaluate"))->inputs.size(), 1);
        doc->undoStack()->undo();
        QVERIFY(doc->step(QStringLiteral("prepare")));
        QCOMPARE(doc->spec().stepNames().first(), QStringLiteral("prepare"));
        QCOMPARE(doc->step(QStringLiteral("train"))->inputs.size(), 1);
        QCOMPARE(doc->step(QStringLiteral("evaluate"))->inputs.size(), 2);
        doc->undoStack()->undo();
        QVERIFY(!doc->step(QStringLiteral("report")));
        QCOMPARE(doc->text(), original);
        QVERIFY(!doc->isModified());
    }

    void renameFollowsReferences()
    {
        auto doc = demo();
        QSignalSpy renamed(doc.get(), &PipelineDocument::stepRenamed);
        QVERIFY(doc->renameStep(QStringLiteral("evaluate"), QStringLiteral("score")));
        QCOMPARE(renamed.size(), 1);
        QVERIFY(doc->step(QStringLiteral("gate"))->when.startsWith(QStringLiteral("${steps.score.properties")));
        QVERIFY(!doc->hasErrors());
        QVERIFY(!doc->renameStep(QStringLiteral("score"), QStringLiteral("train")));  // taken
        doc->undoStack()->undo();
        QVERIFY(doc->step(QStringLiteral("evaluate")));
        QVERIFY(doc->step(QStringLiteral("gate"))->when.startsWith(QStringLiteral("${steps.evaluate.properties")));
    }

    void typingInAFieldMergesIntoOneUndoStep()
    {
        auto doc = demo();
        const int before = doc->undoStack()->count();
        StepSpec s = *doc->step(QStringLiteral("train"));
        for (const char *d : {"F", "Fi", "Fit"}) {
            s.description = QString::fromLatin1(d);
            QVERIFY(doc->changeStep(s, QStringLiteral("description"), true));
        }
        QCOMPARE(doc->undoStack()->count(), before + 1);
        QCOMPARE(doc->step(QStringLiteral("train"))->description, QStringLiteral("Fit"));
        doc->undoStack()->undo();
        QCOMPARE(doc->step(QStringLiteral("train"))->description, QStringLiteral("Fit a gradient-boosted tree ensemble"));
        // An unchanged step pushes nothing.
        QVERIFY(!doc->changeStep(*doc->step(QStringLiteral("train")), QStringLiteral("description")));
    }

    void movingPersistsTheLayoutInMetadata()
    {
        auto doc = demo();
        QVERIFY(!doc->hasManualLayout());
        const QHash<QString, QPointF> automatic = doc->positions();
        QCOMPARE(automatic.size(), 6);
        QVERIFY(doc->moveSteps({{QStringLiteral("train"), QPointF(600, 160)}}));
        QVERIFY(doc->hasManualLayout());
        // The first move keeps every other step where the automatic layout had it.
        QCOMPARE(doc->positions().value(QStringLiteral("prepare")), automatic.value(QStringLiteral("prepare")));
        QCOMPARE(doc->positions().value(QStringLiteral("train")), QPointF(600, 160));
        QVERIFY(doc->text().contains("metadata:\n  layout:\n"));
        QVERIFY(doc->text().contains("    train: [600, 160]\n"));
        QVERIFY(isCanonical(*doc));
        // The engine ignores it.
        QVERIFY(PipelineLoader::load(QStringLiteral("x.yaml"), doc->text()).ok());

        // Reopening the text restores the positions.
        auto reopened = PipelineDocument::fromText(doc->text());
        QCOMPARE(reopened->positions().value(QStringLiteral("train")), QPointF(600, 160));

        // Arrange goes back to the automatic layout and drops the metadata.
        QVERIFY(doc->arrange());
        QVERIFY(!doc->hasManualLayout());
        QVERIFY(!doc->text().contains("metadata:"));
        QCOMPARE(doc->positions(), automatic);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), demoText());
    }

    void modelDroppedOnARegisterStepIsItsModel()
    {
        auto doc = demo();
        StepSpec reg = *doc->step(QStringLiteral("register"));
        reg.extra.remove(QStringLiteral("model"));
        QVERIFY(doc->changeStep(reg, QStringLiteral("model")));
        const QByteArray without = doc->text();
        const PortRef model{QStringLiteral("train"), PortRef::Kind::Model, QStringLiteral("model")};
        const PortRef target{QStringLiteral("register"), PortRef::Kind::Trigger, {}};
        QVERIFY2(!doc->connectionProblem(model, target), qPrintable(doc->connectionProblem(model, target).value_or(QString())));
        QVERIFY(doc->connectPorts(model, target));
        // The same edge the canvas draws for `model: ${steps.train.model}`, and a valid pipeline.
        QCOMPARE(doc->step(QStringLiteral("register"))->extra.value(QStringLiteral("model")).toString(),
                 QStringLiteral("${steps.train.model}"));
        bool drawn = false;
        const PipelineGraph graph = doc->graph();
        for (const GraphEdge &e : graph.edges())
            drawn = drawn || (e.from == QStringLiteral("train") && e.to == QStringLiteral("register"));
        QVERIFY(drawn);
        QVERIFY(!doc->hasErrors());
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), without);
        // An output is not a model: refused with the reason.
        QVERIFY(doc->connectionProblem({QStringLiteral("prepare"), PortRef::Kind::Output, QStringLiteral("train")}, target)
                    ->contains(QStringLiteral("model")));
    }

    void connectingPorts()
    {
        auto doc = demo();
        QVERIFY(doc->addStep(processing(QStringLiteral("report"), {QStringLiteral("python"), QStringLiteral("src/report.py")})));
        // An output onto a step: a new input named after it.
        QVERIFY(doc->connectPorts({QStringLiteral("evaluate"), PortRef::Kind::Output, QStringLiteral("evaluation")},
                                  {QStringLiteral("report"), PortRef::Kind::Trigger, {}}));
        QCOMPARE(doc->step(QStringLiteral("report"))->input(QStringLiteral("evaluation"))->value,
                 QStringLiteral("${steps.evaluate.outputs.evaluation}"));
        // The model onto an existing input replaces what it read.
        QVERIFY(doc->connectPorts({QStringLiteral("train"), PortRef::Kind::Model, QStringLiteral("model")},
                                  {QStringLiteral("report"), PortRef::Kind::Input, QStringLiteral("evaluation")}));
        QCOMPARE(doc->step(QStringLiteral("report"))->input(QStringLiteral("evaluation"))->value,
                 QStringLiteral("${steps.train.model}"));
        // The done handle: depends_on.
        QVERIFY(doc->connectPorts({QStringLiteral("gate"), PortRef::Kind::Done, {}},
                                  {QStringLiteral("report"), PortRef::Kind::Trigger, {}}));
        QCOMPARE(doc->step(QStringLiteral("report"))->dependsOn, QStringList{QStringLiteral("gate")});
        // A branch.
        QVERIFY(doc->connectPorts({QStringLiteral("gate"), PortRef::Kind::Then, QStringLiteral("then")},
                                  {QStringLiteral("report"), PortRef::Kind::Trigger, {}}));
        QCOMPARE(doc->step(QStringLiteral("gate"))->thenSteps, (QStringList{QStringLiteral("register"), QStringLiteral("report")}));
        QVERIFY(!doc->hasErrors());
        QVERIFY(isCanonical(*doc));

        // What the model refuses, with a reason.
        const PortRef evaluateDone{QStringLiteral("evaluate"), PortRef::Kind::Done, {}};
        QVERIFY(doc->connectionProblem(evaluateDone, {QStringLiteral("prepare"), PortRef::Kind::Trigger, {}})
                    ->contains(QStringLiteral("cycle")));
        QVERIFY(doc->connectionProblem(evaluateDone, {QStringLiteral("evaluate"), PortRef::Kind::Trigger, {}}).has_value());
        QVERIFY(doc->connectionProblem({QStringLiteral("evaluate"), PortRef::Kind::Property, QStringLiteral("report")},
                                       {QStringLiteral("report"), PortRef::Kind::Trigger, {}})
                    ->contains(QStringLiteral("${steps.evaluate.properties.report}")));
        QVERIFY(doc->connectionProblem({QStringLiteral("prepare"), PortRef::Kind::Output, QStringLiteral("train")},
                                       {QStringLiteral("gate"), PortRef::Kind::Trigger, {}})
                    ->contains(QStringLiteral("no inputs")));
        QVERIFY(!doc->connectPorts(evaluateDone, {QStringLiteral("prepare"), PortRef::Kind::Trigger, {}}));

        // Disconnecting, and undoing all of it.
        QVERIFY(doc->disconnect(GraphEdge{QStringLiteral("gate"), QStringLiteral("report"), GraphEdge::Kind::Order, {}, {}}));
        QVERIFY(doc->step(QStringLiteral("report"))->dependsOn.isEmpty());
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(doc->text(), demoText());
    }

    void parametersAndPipelineInfo()
    {
        auto doc = demo();
        QVERIFY(doc->renameParameter(QStringLiteral("min_accuracy"), QStringLiteral("threshold")));
        QVERIFY(doc->step(QStringLiteral("gate"))->when.endsWith(QStringLiteral("${parameters.threshold}")));
        QVERIFY(!doc->hasErrors());
        QList<ParameterSpec> params = doc->spec().parameters;
        ParameterSpec epochs;
        epochs.name = QStringLiteral("epochs");
        epochs.defaultValue = QStringLiteral("10");
        epochs.type = ParameterSpec::Type::Number;
        params.append(epochs);
        QVERIFY(doc->setParameters(params, QStringLiteral("Add Parameter")));
        QVERIFY(doc->text().contains("  epochs: 10\n"));
        StepDefaults defaults = doc->spec().defaults;
        defaults.timeoutMs = 3600000;
        QVERIFY(doc->setPipelineInfo(QStringLiteral("bc"), doc->spec().description, defaults, QStringLiteral("timeout")));
        QVERIFY(doc->text().startsWith("name: bc\n"));
        QVERIFY(doc->text().contains("  timeout: 1h\n"));
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(doc->text(), demoText());
    }

    void yamlEditsUpdateTheGraph()
    {
        auto doc = demo();
        QSignalSpy reset(doc.get(), &PipelineDocument::documentReset);
        QByteArray text = doc->text();
        text.replace("  stop:\n", "  notify:\n    type: fail\n    message: bye\n  stop:\n");
        QVERIFY(doc->editText(text, false));
        QTRY_COMPARE(reset.size(), 1);   // read off the GUI thread
        QVERIFY(doc->step(QStringLiteral("notify")));
        QCOMPARE(doc->text(), text);  // the user's text as typed
        QVERIFY(doc->isGraphEditable());

        // Broken YAML: the graph keeps the last good state, cannot be edited, and the
        // markers say where.
        QByteArray broken = text;
        broken.replace("    message: bye\n", "    mesage: bye\n");
        QVERIFY(doc->editText(broken, false));
        QTRY_VERIFY(!doc->isGraphEditable());
        bool found = false;
        for (const Diagnostic &d : doc->diagnostics())
            found = found || (d.message.contains(QStringLiteral("mesage")) && d.line > 0 && d.step == QStringLiteral("notify"));
        QVERIFY(found);
        QVERIFY(!doc->renameStep(QStringLiteral("train"), QStringLiteral("fit")));
        QVERIFY(!doc->moveSteps({{QStringLiteral("train"), QPointF(1, 1)}}));

        QVERIFY(doc->editText("name: [unclosed\n", false));
        QVERIFY(!doc->isGraphEditable());
        QVERIFY(doc->step(QStringLiteral("train")));  // last state that loaded
        QVERIFY(doc->hasErrors());

        // Undo goes back through the text edits.
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QTRY_VERIFY(doc->isGraphEditable());
        QCOMPARE(doc->text(), text);
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), demoText());
        QTRY_VERIFY(!doc->step(QStringLiteral("notify")));

        // Typing in a row is one undo step.
        QVERIFY(doc->editText(demoText() + "# a"));
        QVERIFY(doc->editText(demoText() + "# ab"));
        QCOMPARE(doc->undoStack()->count(), 1);  // the undone steps are gone, one new
        QCOMPARE(doc->undoStack()->index(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), demoText());
    }

    void movingANodeRewritesOnlyTheLayout()
    {
        // Block lists, a folded description, odd spacing and comments: none canonical.
        const QByteArray original = "name: tidy\n"
                                    "steps:\n"
                                    "  a:\n"
                                    "    type: processing\n"
                                    "    description: >\n"
                                    "      folded\n"
                                    "      text\n"
                                    "    command:\n"
                                    "      - echo\n"
                                    "      - '1.10'\n"
                                    "  b:\n"
                                    "    type: processing\n"
                                    "    command: [echo,   b]   # spaced\n"
                                    "    depends_on: [a]\n"
                                    "# the end\n";
        auto doc = PipelineDocument::fromText(original, QStringLiteral("pipelines/tidy.yaml"));
        QVERIFY(doc->isGraphEditable());
        QVERIFY(doc->moveSteps({{QStringLiteral("a"), QPointF(100, 200)}}));
        const QByteArray moved = doc->text();
        const qsizetype at = moved.indexOf("metadata:\n  layout:\n");
        QVERIFY2(at > 0, moved.constData());
        QCOMPARE(moved.left(at), original.left(original.indexOf("# the end")));
        QVERIFY(moved.endsWith("# the end\n"));
        auto reread = PipelineDocument::fromText(moved, QStringLiteral("pipelines/tidy.yaml"));
        QVERIFY(!reread->hasErrors());
        QCOMPARE(reread->positions().value(QStringLiteral("a")), QPointF(100, 200));

        // Moving again replaces the block; undo gives back the file byte for byte.
        QVERIFY(doc->moveSteps({{QStringLiteral("a"), QPointF(300, 200)}}));
        QCOMPARE(doc->text().count("metadata:"), 1);
        QVERIFY(doc->text().contains("a: [300, 200]"));
        QVERIFY(doc->text().startsWith(moved.left(at)));
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), original);
    }

    void typingUndoesLineByLine()
    {
        // Three lines typed without a real pause: one undo takes back the last line only.
        auto doc = PipelineDocument::fromText(demoText(), QStringLiteral("pipelines/breast-cancer.yaml"));
        QByteArray text = demoText();
        for (const char *line : {"# first", "\n# second", "\n# third"}) {
            for (const char c : QByteArray(line)) {
                text += c;
                QVERIFY(doc->editText(text));
            }
        }
        QVERIFY2(doc->undoStack()->count() >= 3, qPrintable(QString::number(doc->undoStack()->count())));
        doc->undoStack()->undo();
        QVERIFY(doc->text().contains("# second"));
        QVERIFY(!doc->text().contains("# third"));

        // A pause starts a new step too, even within a line.
        auto paused = PipelineDocument::fromText(demoText(), QStringLiteral("pipelines/breast-cancer.yaml"));
        QVERIFY(paused->editText(demoText() + "# one"));
        QTest::qWait(1200);
        QVERIFY(paused->editText(demoText() + "# one two"));
        QCOMPARE(paused->undoStack()->count(), 2);
        paused->undoStack()->undo();
        QCOMPARE(paused->text(), demoText() + "# one");

        // And a long stretch of typing on one line, with short pauses only, is not one step.
        auto long_ = PipelineDocument::fromText(demoText(), QStringLiteral("pipelines/breast-cancer.yaml"));
        QByteArray typed = demoText() + "#";
        for (int i = 0; i < 10; ++i) {
            typed += " word";
            QVERIFY(long_->editText(typed));
            QTest::qWait(500);
        }
        QVERIFY2(long_->undoStack()->count() >= 2, qPrintable(QString::number(long_->undoStack()->count())));
        long_->undoStack()->undo();
        QVERIFY(long_->text().startsWith(QByteArray(demoText() + "# word")));
    }

    void typedTextIsReadOffTheGuiThread()
    {
        auto doc = PipelineDocument::fromText(bigPipeline(300), QStringLiteral("pipelines/big.yaml"));
        QSignalSpy reset(doc.get(), &PipelineDocument::documentReset);
        QSignalSpy checked(doc.get(), &PipelineDocument::diagnosticsChanged);
        const QByteArray original = doc->text();

        // The edit returns before the text is read: the graph still shows the last state.
        QByteArray first = original;
        first.replace("  step010:\n", "  extra1:\n    type: processing\n    command: [x]\n  step010:\n");
        QByteArray second = first;
        second.replace("  extra1:\n", "  extra2:\n");
        QVERIFY(doc->editText(first, false));
        QCOMPARE(doc->text(), first);   // the user's text at once
        QVERIFY(!doc->step(QStringLiteral("extra1")));
        QVERIFY(reset.isEmpty() && checked.isEmpty());
        // A newer text before the first was read: only the newer one reaches the graph.
        QVERIFY(doc->editText(second, false));
        QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, 20000);
        QTest::qWait(100);
        QCOMPARE(reset.size(), 1);
        QVERIFY(!doc->step(QStringLiteral("extra1")));
        QVERIFY(doc->step(QStringLiteral("extra2")));
        QVERIFY(!doc->hasErrors());

        // A graph edit right after typing works on the typed text, not on the older pipeline.
        QByteArray third = second;
        third.replace("  extra2:\n", "  extra3:\n");
        QVERIFY(doc->editText(third, false));
        QVERIFY(doc->renameStep(QStringLiteral("extra3"), QStringLiteral("renamed")));
        QVERIFY(doc->step(QStringLiteral("renamed")));
        QVERIFY(doc->text().contains("  renamed:\n"));
        QVERIFY(!doc->text().contains("extra2"));
        // Undo goes back through both, to the text as typed.
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), third);
        doc->undoStack()->undo();
        QCOMPARE(doc->text(), second);
        QTRY_VERIFY(doc->step(QStringLiteral("extra2")));
        QVERIFY(!doc->step(QStringLiteral("extra3")));
    }

    void bulkEditsTellTheViewsOnce()
    {
        auto doc = PipelineDocument::fromText(bigPipeline(60), QStringLiteral("pipelines/big.yaml"));
        QSignalSpy added(doc.get(), &PipelineDocument::stepsAdded);
        QSignalSpy removed(doc.get(), &PipelineDocument::stepsRemoved);
        QSignalSpy batches(doc.get(), &PipelineDocument::batchEnded);
        QList<StepSpec> copies;
        for (int i = 0; i < 20; ++i)
            copies.append(processing(QStringLiteral("copy%1").arg(i), {QStringLiteral("x")}));
        QVERIFY(doc->addSteps(copies, {}, QStringLiteral("Paste 20 Steps")));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toStringList().size(), 20);
        QCOMPARE(batches.size(), 1);

        const QStringList all = doc->spec().stepNames();
        QVERIFY(doc->removeSteps(all));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toStringList().size(), all.size());
        QVERIFY(doc->spec().steps.isEmpty());
        doc->undoStack()->undo();
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.last().first().toStringList().size(), all.size());
        QCOMPARE(doc->spec().stepNames(), all);
        QCOMPARE(batches.size(), 3);

        // Part of the pipeline: the links others had to it go in the same single change.
        removed.clear();
        QVERIFY(doc->removeSteps({QStringLiteral("step000"), QStringLiteral("step001"), QStringLiteral("step002")}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(batches.size(), 4);
        for (const StepSpec &s : doc->spec().steps) {
            for (const InputSpec &in : s.inputs) {
                for (const QString &gone : {QStringLiteral("step000"), QStringLiteral("step001"), QStringLiteral("step002")})
                    QVERIFY2(!in.value.contains(QStringLiteral("${steps.%1.").arg(gone)), qPrintable(s.name + QStringLiteral(": ") + in.value));
            }
        }
    }

    void validationMarksStepsAndFields()
    {
        auto doc = demo();
        QVERIFY(!doc->hasErrors());
        StepSpec s = *doc->step(QStringLiteral("evaluate"));
        s.inputs[1].value = QStringLiteral("${steps.prepare.outputs.tset}");
        QVERIFY(doc->changeStep(s, QStringLiteral("inputs")));
        const Diagnostics d = doc->diagnosticsFor(QStringLiteral("evaluate"));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d.first().field, QStringLiteral("inputs.test"));
        QVERIFY(d.first().message.contains(QStringLiteral("has no output 'tset'")));
        QVERIFY(d.first().line > 0);
        // The line is where the text says it is.
        const QList<QByteArray> lines = doc->text().split('\n');
        QVERIFY(lines.at(d.first().line - 1).contains("tset"));

        StepSpec gate = *doc->step(QStringLiteral("gate"));
        gate.dependsOn = {QStringLiteral("stop")};
        QVERIFY(doc->changeStep(gate, QStringLiteral("depends_on")));
        bool cycle = false;
        for (const Diagnostic &diag : doc->diagnostics())
            cycle = cycle || diag.message.contains(QStringLiteral("cycle"));
        QVERIFY(cycle);
    }

    void buildFromEmptyThenValidateAndRunFromTheCli()
    {
        test::TempWorkspace ws(QStringLiteral("empty"));
        QVERIFY2(ws.isValid(), qPrintable(ws.error()));
        auto doc = PipelineDocument::create(QStringLiteral("built"), ws.root());
        QVERIFY(doc->isModified());
        QVERIFY(doc->spec().steps.isEmpty());

        ParameterSpec min;
        min.name = QStringLiteral("min_accuracy");
        min.defaultValue = QStringLiteral("0.5");
        min.type = ParameterSpec::Type::Number;
        QVERIFY(doc->setParameters({min}, QStringLiteral("Add Parameter")));

        StepSpec make = processing(QStringLiteral("make"),
                                   {QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("echo '{\"accuracy\": 0.93}' > \"$MLOPS_OUTPUT_REPORT/report.json\"")});
        make.outputs = {QStringLiteral("report")};
        make.properties = {{QStringLiteral("score"), QStringLiteral("report/report.json")}};
        QVERIFY(doc->addStep(make, QPointF(0, 0)));
        QVERIFY(doc->addStep(processing(QStringLiteral("use"),
                                        {QStringLiteral("sh"), QStringLiteral("-c"),
                                         QStringLiteral("cat \"$MLOPS_INPUT_REPORT/report.json\"")}),
                             QPointF(0, 160)));
        QVERIFY(doc->connectPorts({QStringLiteral("make"), PortRef::Kind::Output, QStringLiteral("report")},
                                  {QStringLiteral("use"), PortRef::Kind::Trigger, {}}));
        StepSpec gate;
        gate.name = QStringLiteral("gate");
        gate.type = QStringLiteral("condition");
        QVERIFY(doc->addStep(gate, QPointF(0, 320)));
        QVERIFY(doc->hasErrors());  // a condition needs 'when'
        gate = *doc->step(QStringLiteral("gate"));
        gate.when = QStringLiteral("${steps.make.properties.score.accuracy} >= ${parameters.min_accuracy}");
        QVERIFY(doc->changeStep(gate, QStringLiteral("when")));
        StepSpec stop;
        stop.name = QStringLiteral("stop");
        stop.type = QStringLiteral("fail");
        stop.message = QStringLiteral("not accurate enough");
        QVERIFY(doc->addStep(stop, QPointF(0, 480)));
        QVERIFY(doc->connectPorts({QStringLiteral("gate"), PortRef::Kind::Else, QStringLiteral("else")},
                                  {QStringLiteral("stop"), PortRef::Kind::Trigger, {}}));
        QVERIFY2(!doc->hasErrors(), qPrintable(doc->diagnostics().value(0).toString()));
        QVERIFY(isCanonical(*doc));

        const QString path = ws.path(QStringLiteral("pipelines/built.yaml"));
        QVERIFY(doc->saveAs(path).ok());
        QVERIFY(!doc->isModified());
        test::CommandResult r = test::runCli({QStringLiteral("validate"), QStringLiteral("built")}, ws.root());
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        r = test::runCli({QStringLiteral("fmt"), QStringLiteral("--check"), QStringLiteral("built")}, ws.root());
        QCOMPARE(r.exitCode, 0);
        r = test::runCli({QStringLiteral("run"), QStringLiteral("built")}, ws.root());
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        QVERIFY(r.outText().contains(QStringLiteral("condition 'gate' was true")));

        // A higher bar takes the else branch: the run fails at the fail step.
        r = test::runCli({QStringLiteral("run"), QStringLiteral("built"), QStringLiteral("--param"),
                          QStringLiteral("min_accuracy=0.99")},
                         ws.root());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(QStringLiteral("not accurate enough")));
    }
};

QTEST_MAIN(TestPipelineDocument)
#include "tst_pipelinedocument.moc"
