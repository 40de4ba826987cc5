// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The visual editor on a big pipeline: open, lay out and draw 500 steps, then drag a
// node and time each frame; then the bulk edits of the editor (paste 100 steps, select
// all and delete, undo that, duplicate everything). Prints "name value unit" lines.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_editor [STEPS]

#include "core/pipeline/pipelinewriter.h"
#include "views/common/theme.h"
#include "views/pipeline/layeredlayout.h"
#include "views/pipeline/moveinteraction.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelineeditor.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/pipelineview.h"
#include "views/pipeline/stepnodeitem.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <functional>

#include <time.h>

using namespace mlops;

namespace {

/** A layered pipeline like a large feature/training DAG: 10 steps a layer, 1–3 inputs each. */
QByteArray generate(int steps)
{
    PipelineSpec spec;
    spec.name = QStringLiteral("big");
    ParameterSpec p;
    p.name = QStringLiteral("threshold");
    p.defaultValue = QStringLiteral("0.5");
    p.type = ParameterSpec::Type::Number;
    spec.parameters.append(p);
    QRandomGenerator random(42);
    const int width = 10;
    for (int i = 0; i < steps; ++i) {
        StepSpec s;
        s.name = QStringLiteral("step%1").arg(i, 3, 10, QLatin1Char('0'));
        s.type = (i % 7 == 3) ? QStringLiteral("training") : QStringLiteral("processing");
        s.command = {QStringLiteral("python"), QStringLiteral("src/%1.py").arg(s.name), QStringLiteral("--threshold"),
                     QStringLiteral("${parameters.threshold}")};
        s.outputs = {QStringLiteral("out")};
        const int layer = i / width;
        if (layer > 0) {
            const int inputs = 1 + int(random.bounded(3));
            for (int k = 0; k < inputs; ++k) {
                // Mostly the layer above, sometimes further up.
                const int back = random.bounded(10) < 8 ? 1 : 1 + int(random.bounded(std::min(layer, 4)));
                const int from = (layer - back) * width + int(random.bounded(width));
                const StepSpec &src = spec.steps.at(from);
                const QString ref = src.type == QStringLiteral("training")
                                        ? QStringLiteral("${steps.%1.model}").arg(src.name)
                                        : QStringLiteral("${steps.%1.outputs.out}").arg(src.name);
                const QString name = QStringLiteral("in%1").arg(k);
                s.inputs.append(InputSpec{name, ref, {}});
            }
        } else {
            s.inputs.append(InputSpec{QStringLiteral("raw"), QStringLiteral("data/raw%1.csv").arg(i), {}});
        }
        spec.steps.append(s);
    }
    return PipelineWriter::write(spec);
}

/** CPU time of this thread: steadier than wall time on a machine shared with builds. */
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

/** Wall time of one editor action, up to when the event loop is idle again. */
double timeAction(const std::function<void()> &action)
{
    QElapsedTimer t;
    t.start();
    action();
    QApplication::processEvents();
    return double(t.nsecsElapsed()) / 1e6;
}

/**
 * The editor's bulk edits on the big pipeline, through its actions as a user triggers
 * them: paste 100 copied steps, select all and Delete, undo the delete, and select all
 * and duplicate. Each is timed up to when the GUI is idle again.
 */
bool bulkEdits(const QByteArray &text, int steps, QTextStream &out)
{
    PipelineEditor editor;
    editor.resize(1400, 900);
    editor.setDocument(PipelineDocument::fromText(text, QStringLiteral("big.yaml")));
    editor.show();
    QApplication::processEvents();
    PipelineDocument *doc = editor.document();
    PipelineScene *scene = editor.scene();
    const int copied = std::min(100, steps / 5);
    QStringList some;
    for (int i = 0; i < copied; ++i)
        some.append(doc->spec().steps.at(i).name);
    scene->selectSteps(some);
    editor.copy();
    const double pasteMs = timeAction([&] { editor.action(QStringLiteral("paste"))->trigger(); });
    const bool pasted = doc->spec().steps.size() == steps + copied && scene->nodes().size() == steps + copied;
    doc->undoStack()->undo();
    QApplication::processEvents();

    const double deleteMs = timeAction([&] {
        editor.action(QStringLiteral("selectAll"))->trigger();
        editor.action(QStringLiteral("delete"))->trigger();
    });
    const bool deleted = doc->spec().steps.isEmpty() && scene->nodes().isEmpty();
    const double undoMs = timeAction([&] { editor.action(QStringLiteral("undo"))->trigger(); });
    const bool restored = doc->spec().steps.size() == steps && scene->nodes().size() == steps;

    const double duplicateMs = timeAction([&] {
        editor.action(QStringLiteral("selectAll"))->trigger();
        editor.action(QStringLiteral("duplicate"))->trigger();
    });
    const bool duplicated = doc->spec().steps.size() == 2 * steps && scene->nodes().size() == 2 * steps;

    out << "editor_paste_" << copied << "_steps " << pasteMs << " ms\n";
    out << "editor_delete_all_steps " << deleteMs << " ms\n";
    out << "editor_undo_delete_all_steps " << undoMs << " ms\n";
    out << "editor_duplicate_all_steps " << duplicateMs << " ms\n";
    if (!pasted || !deleted || !restored || !duplicated) {
        QTextStream(stderr) << "bulk edits did not do what they should: pasted " << pasted << " deleted " << deleted
                            << " restored " << restored << " duplicated " << duplicated << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    applyStudioTheme(app);
    // --smoke: a small pipeline, proving the benchmark works (its ctest entry).
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const int steps = smoke ? 20 : argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 500;
    QTextStream out(stdout);
    const QByteArray text = generate(steps);
    out << "editor_pipeline_steps " << steps << " steps\n";
    out << "editor_pipeline_yaml " << text.size() / 1024 << " KiB\n";

    // Open, lay out and draw, the way the editor does it on opening a file.
    PipelineView view;
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();
    QElapsedTimer total;
    total.start();
    const double cpuStart = cpuMs();
    QElapsedTimer t;
    t.start();
    // What the Pipelines screen does off the GUI thread: read, parse, validate.
    const PipelineDocument::Parsed parsed = PipelineDocument::parse(text, QStringLiteral("big.yaml"));
    const double parseMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    const double guiCpuStart = cpuMs();
    std::unique_ptr<PipelineDocument> doc = PipelineDocument::fromParsed(parsed, QStringLiteral("big.yaml"));
    const double documentMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    const QHash<QString, QPointF> layout = LayeredLayout::compute(doc->spec());
    const double layoutMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    PipelineScene scene(doc.get());
    const double sceneMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    view.setPipelineScene(&scene);
    view.fitAll();
    view.viewport()->repaint();
    const double drawMs = double(t.nsecsElapsed()) / 1e6;
    const double openMs = double(total.nsecsElapsed()) / 1e6;
    const double openCpuMs = cpuMs() - cpuStart;
    const double guiCpuMs = cpuMs() - guiCpuStart;
    out << "editor_open_parse_and_validate_worker " << parseMs << " ms\n";
    out << "editor_open_document " << documentMs << " ms\n";
    out << "editor_open_layout " << layoutMs << " ms\n";
    out << "editor_open_scene " << sceneMs << " ms\n";
    out << "editor_open_first_draw " << drawMs << " ms\n";
    out << "editor_open_layout_draw_total " << openMs << " ms\n";
    out << "editor_open_layout_draw_total_cpu " << openCpuMs << " ms\n";
    out << "editor_open_gui_thread_cpu " << guiCpuMs << " ms\n";
    out << "editor_nodes " << scene.nodes().size() << " items\n";
    out << "editor_edges " << scene.edgeItems().size() << " items\n";

    // Overlaps in the automatic layout (should be 0).
    int overlaps = 0;
    const QList<StepNodeItem *> nodes = scene.nodes().values();
    for (int i = 0; i < nodes.size(); ++i)
        for (int j = i + 1; j < nodes.size(); ++j)
            overlaps += nodes[i]->mapRectToScene(nodes[i]->rect()).intersects(nodes[j]->mapRectToScene(nodes[j]->rect()));
    out << "editor_layout_overlaps " << overlaps << " pairs\n";

    // Drag a node in the middle of the pipeline at a readable zoom, one frame per step.
    const QString dragged = QStringLiteral("step%1").arg(steps / 2, 3, 10, QLatin1Char('0'));
    StepNodeItem *item = scene.node(dragged);
    view.setZoom(1.0);
    view.centerOn(item);
    scene.selectSteps({dragged});
    QApplication::processEvents();
    MoveInteraction drag(&scene, item->pos());
    std::vector<double> frames;
    std::vector<double> moves;
    std::vector<double> cpu;
    for (int i = 1; i <= 120; ++i) {
        t.restart();
        const double c = cpuMs();
        drag.moveBy(QPointF(3.0 * i, 1.5 * i));
        moves.push_back(double(t.nsecsElapsed()) / 1e6);
        view.viewport()->repaint();
        frames.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c);
    }
    out << "editor_drag_frame_full_repaint_cpu_median " << median(cpu) << " ms\n";
    out << "editor_drag_move_median " << median(moves) << " ms\n";
    out << "editor_drag_frame_full_repaint_median " << median(frames) << " ms\n";
    out << "editor_drag_frame_full_repaint_p95 " << percentile(frames, 0.95) << " ms\n";
    out << "editor_drag_frame_full_repaint_max " << *std::max_element(frames.begin(), frames.end()) << " ms\n";

    // Zoomed out to the whole pipeline (every node and edge visible).
    view.fitAll();
    frames.clear();
    cpu.clear();
    for (int i = 1; i <= 60; ++i) {
        t.restart();
        const double c = cpuMs();
        drag.moveBy(QPointF(-3.0 * i, 2.0 * i));
        view.viewport()->repaint();
        frames.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c);
    }
    out << "editor_drag_frame_fit_full_repaint_cpu_median " << median(cpu) << " ms\n";
    out << "editor_drag_frame_fit_full_repaint_median " << median(frames) << " ms\n";
    out << "editor_drag_frame_fit_full_repaint_p95 " << percentile(frames, 0.95) << " ms\n";

    // As in the studio: the event loop repaints only what changed.
    view.setZoom(1.0);
    view.centerOn(item);
    QApplication::processEvents();
    frames.clear();
    cpu.clear();
    for (int i = 1; i <= 120; ++i) {
        t.restart();
        const double c = cpuMs();
        drag.moveBy(QPointF(2.0 * i, -1.0 * i));
        QApplication::processEvents();
        frames.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c);
    }
    out << "editor_drag_frame_eventloop_cpu_median " << median(cpu) << " ms\n";
    out << "editor_drag_frame_eventloop_cpu_p95 " << percentile(cpu, 0.95) << " ms\n";
    out << "editor_drag_frame_eventloop_median " << median(frames) << " ms\n";
    out << "editor_drag_frame_eventloop_p95 " << percentile(frames, 0.95) << " ms\n";

    // The release: one MoveSteps and the YAML rewritten on the GUI thread; validation
    // then runs in the background (timed here on this thread for its cost).
    t.restart();
    QHash<QString, QPointF> moved{{dragged, item->pos()}};
    doc->moveSteps(moved);
    const double pushMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    const QByteArray after = doc->text();
    const double writeMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    doc->validateNow();
    const double checkMs = double(t.nsecsElapsed()) / 1e6;
    out << "editor_drag_release_command " << pushMs << " ms\n";
    out << "editor_drag_release_yaml " << writeMs << " ms\n";
    out << "editor_drag_release_validate_background " << checkMs << " ms\n";
    out.flush();

    // A pause while typing in the YAML view: the edit on the GUI thread, then the graph
    // once the text has been read (off the GUI thread).
    {
        QByteArray typed = doc->text();
        typed.replace("  step001:\n", "  typed:\n    type: processing\n    command: [x]\n  step001:\n");
        QElapsedTimer edit;
        edit.start();
        doc->editText(typed, false);
        const double guiMs = double(edit.nsecsElapsed()) / 1e6;
        while (!doc->step(QStringLiteral("typed")) && edit.elapsed() < 30000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        out << "editor_yaml_edit_gui_thread " << guiMs << " ms\n";
        out << "editor_yaml_edit_graph_updated " << double(edit.nsecsElapsed()) / 1e6 << " ms\n";
        out.flush();
    }
    const bool bulkOk = bulkEdits(text, steps, out);
    out.flush();
    return after.isEmpty() || !bulkOk ? 1 : 0;
}
