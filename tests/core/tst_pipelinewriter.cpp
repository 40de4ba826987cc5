// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The canonical pipeline writer (mlops fmt, the editor's YAML) and the edits that keep
// references consistent.

#include "core/common/duration.h"
#include "core/pipeline/pipelineedit.h"
#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/pipeline/pipelinewriter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>

using namespace mlops;

namespace {

const char *kMessy = R"yaml(# Header comment
name:   messy
description: Train, then gate
parameters:                       # overridable
  test_size: 0.2
  label: "0.5"
  flag: True
defaults:
  runner: process                 # process | sandbox
  image: mlops/python:3.11
  timeout: 30m
  cache: {enabled: true, expire_after: P7D}
steps:
  prepare:
    type: processing
    command:
      - python
      - src/prepare.py
      - --test-size
      - "${parameters.test_size}"
    inputs:  {raw: data/raw.csv}
    outputs: [train, test]
    environment: {B: "2", A: 'x\y'}
    resources: {cpus: 1.5, memory: 2Gi}
  # the model
  train:
    type: training
    command: [python, src/train.py]
    hyperparameters: {n_estimators: 200}
    inputs:  {train: "${steps.prepare.outputs.train}"}
    metrics:
      - {name: "train:accuracy", regex: "accuracy=([0-9.]+)"}
      - name: loss
        regex: 'loss=(\d+\.\d+)'
    retries: {max_attempts: 3, interval: 5s, backoff_rate: 1.5}
    timeout: 1.5h
  gate:
    type: condition
    when: "${steps.prepare.properties.report.accuracy} >= 0.9"
    else: stop
  stop:
    type: fail
    message: "too low"
    metadata: {owner: me}
metadata:
  layout: {prepare: [10, 20]}
  note: "12"
# footer
)yaml";

QByteArray demoPipeline()
{
    return test::readFile(QStringLiteral(MLOPS_SOURCE_DIR "/resources/templates/demo/files/pipelines/breast-cancer.yaml"));
}

PipelineSpec load(const QByteArray &text)
{
    const LoadedPipeline loaded = PipelineLoader::load(QStringLiteral("test.yaml"), text);
    return loaded.spec;
}

} // namespace

class TestPipelineWriter : public QObject
{
    Q_OBJECT

private slots:
    void demoIsCanonical()
    {
        const QByteArray demo = demoPipeline();
        QVERIFY(!demo.isEmpty());
        Result<QByteArray> formatted = PipelineWriter::format(QStringLiteral("breast-cancer.yaml"), demo);
        QVERIFY(formatted.ok());
        QCOMPARE(*formatted, demo);
    }

    void formattingIsIdempotentAndKeepsMeaning()
    {
        Result<QByteArray> once = PipelineWriter::format(QStringLiteral("messy.yaml"), kMessy);
        QVERIFY2(once.ok(), qPrintable(once ? QString() : once.error().toString()));
        QVERIFY(*once != QByteArray(kMessy));
        Result<QByteArray> twice = PipelineWriter::format(QStringLiteral("messy.yaml"), *once);
        QVERIFY(twice.ok());
        QCOMPARE(*twice, *once);

        const PipelineSpec before = load(kMessy);
        const PipelineSpec after = load(*once);
        QCOMPARE(after.stepNames(), before.stepNames());
        QCOMPARE(after.parameterNames(), before.parameterNames());
        QCOMPARE(after.parameter(QStringLiteral("label"))->type, ParameterSpec::Type::String);
        QCOMPARE(after.parameter(QStringLiteral("test_size"))->type, ParameterSpec::Type::Number);
        QCOMPARE(after.parameter(QStringLiteral("flag"))->type, ParameterSpec::Type::Boolean);
        QCOMPARE(after.step(QStringLiteral("prepare"))->command, before.step(QStringLiteral("prepare"))->command);
        QCOMPARE(after.step(QStringLiteral("prepare"))->environment, before.step(QStringLiteral("prepare"))->environment);
        QCOMPARE(after.step(QStringLiteral("prepare"))->resources.memoryBytes, 2LL * 1024 * 1024 * 1024);
        QCOMPARE(*after.step(QStringLiteral("train"))->timeoutMs, 5400000LL);
        QCOMPARE(after.step(QStringLiteral("train"))->retry->maxAttempts, 3);
        QCOMPARE(after.step(QStringLiteral("train"))->retry->backoffRate, 1.5);
        QCOMPARE(after.step(QStringLiteral("train"))->metrics.size(), 2);
        QCOMPARE(after.step(QStringLiteral("train"))->metrics.at(1).regex, QStringLiteral("loss=(\\d+\\.\\d+)"));
        QCOMPARE(after.step(QStringLiteral("gate"))->elseSteps, QStringList{QStringLiteral("stop")});
        QCOMPARE(after.defaults.cache->expireAfterMs, 7LL * 24 * 3600 * 1000);

        // The canonical form, as an engineer reads it in review.
        const QString text = QString::fromUtf8(*once);
        QVERIFY(text.contains(QStringLiteral("    command: [python, src/prepare.py, --test-size, \"${parameters.test_size}\"]\n")));
        QVERIFY(text.contains(QStringLiteral("  image: mlops/python:3.11\n")));
        QVERIFY(text.contains(QStringLiteral("    timeout: 1h30m\n")));
        QVERIFY(text.contains(QStringLiteral("  label: \"0.5\"\n")));
        QVERIFY(text.contains(QStringLiteral("  flag: true\n")));
        QVERIFY(text.contains(QStringLiteral("    else: [stop]\n")));
    }

    void commentsAndMetadataStay()
    {
        Result<QByteArray> once = PipelineWriter::format(QStringLiteral("messy.yaml"), kMessy);
        QVERIFY(once.ok());
        const QString text = QString::fromUtf8(*once);
        QVERIFY(text.startsWith(QStringLiteral("# Header comment\nname: messy\n")));
        QVERIFY(text.contains(QStringLiteral("parameters:  # overridable\n")));
        QVERIFY(text.contains(QStringLiteral("  runner: process  # process | sandbox\n")));
        QVERIFY(text.contains(QStringLiteral("  # the model\n  train:\n")));
        QVERIFY(text.endsWith(QStringLiteral("# footer\n")));
        QVERIFY(text.contains(QStringLiteral("    metadata: {owner: me}\n")));
        QVERIFY(text.contains(QStringLiteral("metadata:\n  layout:\n    prepare: [10, 20]\n  note: \"12\"\n")));
        const PipelineExtras extras = PipelineExtras::read(*once);
        QCOMPARE(extras.metadata.value(QStringLiteral("note")).toString(), QStringLiteral("12"));
        QCOMPARE(extras.metadata.value(QStringLiteral("note")).typeId(), int(QMetaType::QString));
    }

    void stringsThatNeedQuotesRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *v : {"", "yes", "no", "null", "~", "0.5", "-1", "a: b", "a:b", "#x", "x #y", "- x", "-", "---",
                              "${parameters.x}", "back\\slash", "quote\"d", "it's", "two\nlines", " lead", "trail ",
                              "tab\there", "[x]", "{y}", "a, b", "@at", "%pct", "`tick", "|pipe", ">gt", "*star",
                              "&amp", "!bang", "?q", "ünïcödé", "$${literal}"})
            QTest::newRow(v) << QString::fromUtf8(v);
    }
    void stringsThatNeedQuotesRoundTrip()
    {
        QFETCH(QString, value);
        PipelineSpec spec;
        spec.name = QStringLiteral("quoting");
        spec.description = value;
        StepSpec s;
        s.name = QStringLiteral("s");
        s.type = QStringLiteral("processing");
        s.command = {QStringLiteral("echo"), value};
        s.hyperparameters = {{QStringLiteral("h"), value}};
        s.environment.insert(QStringLiteral("E"), value);
        s.message = value;
        spec.steps.append(s);
        ParameterSpec p;
        p.name = QStringLiteral("p");
        p.defaultValue = value;
        spec.parameters.append(p);
        const QByteArray text = PipelineWriter::write(spec);
        const LoadedPipeline loaded = PipelineLoader::load(QStringLiteral("q.yaml"), text);
        QVERIFY2(loaded.parsed, text.constData());
        const StepSpec *back = loaded.spec.step(QStringLiteral("s"));
        QVERIFY(back);
        QCOMPARE(back->command.value(1), value);
        QCOMPARE(back->hyperparameter(QStringLiteral("h")), value);
        QCOMPARE(back->environment.value(QStringLiteral("E")), value);
        if (!value.isEmpty())
            QCOMPARE(loaded.spec.description, value);
        QCOMPARE(loaded.spec.parameter(QStringLiteral("p"))->defaultValue, value);
        QCOMPARE(loaded.spec.parameter(QStringLiteral("p"))->type, ParameterSpec::Type::String);
        QCOMPARE(PipelineWriter::write(loaded.spec), text);
    }

    void stringsOtherToolsWouldRetypeStayQuoted()
    {
        // Strings that YAML 1.1 readers (PyYAML) take for numbers, booleans or nothing.
        const QStringList values{QStringLiteral("1.10"), QStringLiteral("on"),   QStringLiteral("true"),
                                 QStringLiteral("0x1F"), QStringLiteral("00123"), QStringLiteral("yes"),
                                 QStringLiteral("null"), QStringLiteral("~"),     QStringLiteral("1e3"),
                                 QStringLiteral(".inf"), QStringLiteral("Off"),   QStringLiteral("y"),
                                 QStringLiteral("1_000"), QStringLiteral("1:20"), QStringLiteral("+1"),
                                 QStringLiteral(".5"),   QStringLiteral("2024-01-02"), QStringLiteral("0o17"),
                                 QStringLiteral("-.nan"), QStringLiteral("5.")};
        PipelineSpec spec;
        spec.name = QStringLiteral("typed");
        StepSpec s;
        s.name = QStringLiteral("s");
        s.type = QStringLiteral("processing");
        s.command = QStringList{QStringLiteral("echo")} + values;
        for (int i = 0; i < values.size(); ++i) {
            s.hyperparameters.append({QStringLiteral("h%1").arg(i), values.at(i)});
            s.environment.insert(QStringLiteral("E%1").arg(i, 2, 10, QLatin1Char('0')), values.at(i));
        }
        // Plain numbers stay plain: read as numbers they come back as the same text.
        s.hyperparameters.append({QStringLiteral("epochs"), QStringLiteral("10")});
        s.hyperparameters.append({QStringLiteral("lr"), QStringLiteral("0.25")});
        spec.steps.append(s);
        const QByteArray text = PipelineWriter::write(spec);
        QVERIFY2(text.contains("epochs: 10") && text.contains("lr: 0.25"), text.constData());

        // Our own reader gets every string back, and writing again changes nothing.
        const LoadedPipeline loaded = PipelineLoader::load(QStringLiteral("typed.yaml"), text);
        QVERIFY2(loaded.ok(), text.constData());
        const StepSpec *back = loaded.spec.step(QStringLiteral("s"));
        QVERIFY(back);
        QCOMPARE(back->command.mid(1), values);
        QCOMPARE(PipelineWriter::write(loaded.spec), text);

        // And so does PyYAML: every value a string, the same string.
        if (!test::pythonImports(QStringLiteral("yaml")))
            QSKIP("Debian's python3-yaml is not installed");
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, yaml, json\n"
                                     "s = yaml.safe_load(sys.stdin)['steps']['s']\n"
                                     "vals = s['command'][1:] + [v for k, v in sorted(s['hyperparameters'].items()) if k.startswith('h')]"
                                     " + [v for k, v in sorted(s['environment'].items())]\n"
                                     "print(json.dumps([[type(v).__name__, str(v)] for v in vals]))\n")});
        QVERIFY(python.waitForStarted());
        python.write(text);
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.exitCode(), 0);
        const QJsonArray read = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(read.size(), values.size() * 3);
        QStringList hyper;  // sorted by key as Python sorts "h0", "h1", "h10", …
        for (int i = 0; i < values.size(); ++i)
            hyper.append(QStringLiteral("h%1").arg(i));
        hyper.sort();
        for (int i = 0; i < read.size(); ++i) {
            const QJsonArray item = read.at(i).toArray();
            const int section = i / values.size();
            const int index = i % values.size();
            const QString expected = section == 1 ? values.at(hyper.at(index).mid(1).toInt()) : values.at(index);
            QVERIFY2(item.at(0).toString() == QStringLiteral("str"),
                     qPrintable(QStringLiteral("%1 read as %2").arg(expected, item.at(0).toString())));
            QCOMPARE(item.at(1).toString(), expected);
        }
    }

    void durationsAndSizes()
    {
        QCOMPARE(formatDurationSpec(600000), QStringLiteral("10m"));
        QCOMPARE(formatDurationSpec(5400000), QStringLiteral("1h30m"));
        QCOMPARE(formatDurationSpec(1500), QStringLiteral("1s500ms"));
        QCOMPARE(formatDurationSpec(7LL * 86400000), QStringLiteral("7d"));
        for (qint64 ms : {1LL, 999LL, 1000LL, 61000LL, 3600000LL, 90061001LL})
            QCOMPARE(*parseDuration(formatDurationSpec(ms)), ms);
        QCOMPARE(formatMemorySpec(512LL * 1024 * 1024), QStringLiteral("512m"));
        QCOMPARE(formatMemorySpec(4LL * 1024 * 1024 * 1024), QStringLiteral("4g"));
        QCOMPARE(formatMemorySpec(1000), QStringLiteral("1000"));
        for (qint64 b : {1000LL, 1024LL, 3LL * 1024 * 1024, 5LL * 1024 * 1024 * 1024})
            QCOMPARE(*parseMemory(formatMemorySpec(b)), b);
    }

    void longListsBecomeBlocks()
    {
        PipelineSpec spec;
        spec.name = QStringLiteral("long");
        StepSpec s;
        s.name = QStringLiteral("s");
        s.type = QStringLiteral("processing");
        for (int i = 0; i < 30; ++i)
            s.command.append(QStringLiteral("--argument-%1").arg(i));
        spec.steps.append(s);
        const QByteArray text = PipelineWriter::write(spec);
        QVERIFY(text.contains("    command:\n      - --argument-0\n"));
        for (const QByteArray &line : text.split('\n'))
            QVERIFY2(line.size() <= PipelineWriter::lineWidth(), line.constData());
        QCOMPARE(load(text).step(QStringLiteral("s"))->command, s.command);
    }

    void refusesFilesWithErrors()
    {
        Diagnostics diagnostics;
        Result<QByteArray> r = PipelineWriter::format(QStringLiteral("bad.yaml"),
                                                      "name: x\nsteps:\n  a:\n    type: processing\n    comand: [x]\n",
                                                      &diagnostics);
        QVERIFY(!r.ok());
        QVERIFY(r.error().isBadInput());
        QVERIFY(r.error().message.contains(QStringLiteral("comand")));
        QVERIFY(!diagnostics.isEmpty());
        QVERIFY(!PipelineWriter::format(QStringLiteral("bad.yaml"), "name: [unclosed\n").ok());
    }

    void renameStepRewritesEveryReference()
    {
        PipelineSpec spec = load(demoPipeline());
        pipelineedit::renameStep(spec, QStringLiteral("evaluate"), QStringLiteral("score"));
        QVERIFY(!spec.step(QStringLiteral("evaluate")));
        QVERIFY(spec.step(QStringLiteral("score")));
        QCOMPARE(spec.step(QStringLiteral("gate"))->when,
                 QStringLiteral("${steps.score.properties.report.accuracy} >= ${parameters.min_accuracy}"));
        QVERIFY(validatePipeline(spec).isEmpty());

        StepSpec literal;
        literal.name = QStringLiteral("echo");
        literal.type = QStringLiteral("processing");
        literal.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $${steps.score.model} ${steps.score.model}")};
        literal.dependsOn = {QStringLiteral("score")};
        spec.steps.append(literal);
        pipelineedit::renameStep(spec, QStringLiteral("score"), QStringLiteral("evaluate"));
        QCOMPARE(spec.step(QStringLiteral("echo"))->command.at(2),
                 QStringLiteral("echo $${steps.score.model} ${steps.evaluate.model}"));
        QCOMPARE(spec.step(QStringLiteral("echo"))->dependsOn, QStringList{QStringLiteral("evaluate")});
    }

    void renameStepsAtOnce()
    {
        // Names may swap: every reference follows its own step, in one pass.
        PipelineSpec spec = load(demoPipeline());
        pipelineedit::renameSteps(spec, {{QStringLiteral("register"), QStringLiteral("stop")},
                                         {QStringLiteral("stop"), QStringLiteral("register")},
                                         {QStringLiteral("evaluate"), QStringLiteral("score")}});
        QCOMPARE(spec.step(QStringLiteral("gate"))->thenSteps, QStringList{QStringLiteral("stop")});
        QCOMPARE(spec.step(QStringLiteral("gate"))->elseSteps, QStringList{QStringLiteral("register")});
        QCOMPARE(spec.step(QStringLiteral("stop"))->type, QStringLiteral("register-model"));
        QCOMPARE(spec.step(QStringLiteral("gate"))->when,
                 QStringLiteral("${steps.score.properties.report.accuracy} >= ${parameters.min_accuracy}"));
        QVERIFY(!spec.step(QStringLiteral("evaluate")));
        QVERIFY(validatePipeline(spec).isEmpty());
    }

    void renameParameterAndUnlink()
    {
        PipelineSpec spec = load(demoPipeline());
        pipelineedit::renameParameter(spec, QStringLiteral("min_accuracy"), QStringLiteral("threshold"));
        QVERIFY(spec.parameter(QStringLiteral("threshold")));
        QVERIFY(spec.step(QStringLiteral("gate"))->when.endsWith(QStringLiteral("${parameters.threshold}")));
        QVERIFY(spec.step(QStringLiteral("stop"))->message.contains(QStringLiteral("${parameters.threshold}")));
        QVERIFY(validatePipeline(spec).isEmpty());

        const QStringList changed = pipelineedit::unlinkStep(spec, QStringLiteral("prepare"));
        QCOMPARE(changed, (QStringList{QStringLiteral("train"), QStringLiteral("evaluate")}));
        QVERIFY(spec.step(QStringLiteral("train"))->inputs.isEmpty());
        QCOMPARE(spec.step(QStringLiteral("evaluate"))->inputs.size(), 1);
        QCOMPARE(pipelineedit::stepsReferencing(spec, QStringLiteral("evaluate")), QStringList{QStringLiteral("gate")});
    }

    void retypingKeepsWhatTheNewTypeHas()
    {
        const PipelineSpec spec = load(demoPipeline());
        const StepSpec train = *spec.step(QStringLiteral("train"));
        // To register-model: no command or inputs; the model and group come from the pipeline.
        const StepSpec reg = pipelineedit::retyped(train, QStringLiteral("register-model"), spec);
        QVERIFY(reg.command.isEmpty());
        QVERIFY(reg.inputs.isEmpty());
        QCOMPARE(reg.extra.value(QStringLiteral("model")).toString(), QStringLiteral("${steps.train.model}"));
        QCOMPARE(reg.extra.value(QStringLiteral("group")).toString(), QStringLiteral("breast-cancer"));
        // Back to training: its own fields go, a command to start from comes.
        const StepSpec back = pipelineedit::retyped(reg, QStringLiteral("training"), spec);
        QVERIFY(back.extra.isEmpty());
        QCOMPARE(back.command, (QStringList{QStringLiteral("python"), QStringLiteral("src/train.py")}));
        // Processing to training keeps the command, inputs and hyperparameters.
        const StepSpec prepare = *spec.step(QStringLiteral("prepare"));
        const StepSpec asTraining = pipelineedit::retyped(prepare, QStringLiteral("training"), spec);
        QCOMPARE(asTraining.command, prepare.command);
        QCOMPARE(asTraining.inputs.size(), prepare.inputs.size());
        QCOMPARE(asTraining.outputs, prepare.outputs);
    }

    void uniqueNames()
    {
        const PipelineSpec spec = load(demoPipeline());
        QCOMPARE(pipelineedit::uniqueStepName(spec, QStringLiteral("fresh")), QStringLiteral("fresh"));
        QCOMPARE(pipelineedit::uniqueStepName(spec, QStringLiteral("train")), QStringLiteral("train-2"));
        QCOMPARE(pipelineedit::uniqueStepName(spec, QStringLiteral("9bad")), QStringLiteral("step"));
        QCOMPARE(pipelineedit::uniqueName({QStringLiteral("a"), QStringLiteral("a_2")}, QStringLiteral("a")),
                 QStringLiteral("a_3"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineWriter)
#include "tst_pipelinewriter.moc"
