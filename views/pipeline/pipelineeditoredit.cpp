// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The pipeline editor's editing commands: adding steps, the clipboard, duplicating,
// deleting and nudging the selection.
#include "views/pipeline/pipelineeditor.h"

#include "core/pipeline/pipelineedit.h"
#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/pipelinewriter.h"
#include "core/pipeline/steptype.h"
#include "views/pipeline/edgeitem.h"
#include "views/pipeline/moveinteraction.h"
#include "views/pipeline/nodegeometry.h"
#include "views/pipeline/pipelinedocument.h"
#include "views/pipeline/pipelinescene.h"
#include "views/pipeline/pipelineview.h"
#include "views/pipeline/stepnodeitem.h"
#include "views/pipeline/steppropertiespanel.h"
#include "views/pipeline/steptypestyle.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace mlops {

namespace {

const QString kStepsMime = QStringLiteral("application/x-mlops-pipeline-steps");

QString baseNameFor(const QString &type)
{
    if (type == QStringLiteral("processing"))
        return QStringLiteral("process");
    if (type == QStringLiteral("training"))
        return QStringLiteral("train");
    if (type == QStringLiteral("condition"))
        return QStringLiteral("gate");
    if (type == QStringLiteral("fail"))
        return QStringLiteral("stop");
    if (type == QStringLiteral("register-model"))
        return QStringLiteral("register");
    return type;
}

} // namespace

bool PipelineEditor::addStepOfType(const QString &type, const QPointF &scenePos)
{
    return addStep(type, scenePos, false);
}

bool PipelineEditor::addStepNearCentre(const QString &type)
{
    return addStep(type, m_view->mapToScene(m_view->viewport()->rect().center()), true);
}

bool PipelineEditor::addStep(const QString &type, const QPointF &scenePos, bool avoidOthers)
{
    if (!m_document || !m_document->isGraphEditable())
        return false;
    StepSpec step;
    step.name = pipelineedit::uniqueStepName(m_document->spec(), baseNameFor(type));
    step = pipelineedit::retyped(step, type, m_document->spec());
    const QSizeF size = NodeGeometry::size(step);
    const qreal grid = MoveInteraction::kGrid;
    const QPointF topLeft = avoidOthers ? m_scene->freeSpotNear(scenePos, size, grid)
                                        : QPointF(std::round((scenePos.x() - size.width() / 2) / grid) * grid,
                                                  std::round((scenePos.y() - size.height() / 2) / grid) * grid);
    if (!m_document->addStep(step, topLeft))
        return false;
    m_scene->selectSteps({step.name});
    if (avoidOthers)
        m_view->ensureVisible(m_scene->node(step.name), 24, 24);
    // The keys act on the new step (Delete, Ctrl+D, arrows), not on the palette it came from.
    m_view->setFocus(Qt::OtherFocusReason);
    m_inspector->setCurrentWidget(m_stepPanel);
    emit statusMessage(tr("Added %1 step %2").arg(type, step.name));
    return true;
}

QByteArray PipelineEditor::selectionYaml() const
{
    const QStringList names = m_scene ? m_scene->selectedSteps() : QStringList();
    if (names.isEmpty())
        return {};
    PipelineSpec fragment;
    fragment.name = m_document->spec().name;
    PipelineExtras extras;
    QVariantMap layout;
    for (const QString &n : names) {
        fragment.steps.append(*m_document->step(n));
        if (StepNodeItem *item = m_scene->node(n))
            layout.insert(n, QVariantList{qlonglong(item->pos().x()), qlonglong(item->pos().y())});
    }
    extras.metadata.insert(QStringLiteral("layout"), layout);
    return PipelineWriter::write(fragment, extras);
}

void PipelineEditor::copy()
{
    const QByteArray yaml = selectionYaml();
    if (yaml.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(kStepsMime, yaml);
    mime->setText(QString::fromUtf8(yaml));
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied %n step(s)", nullptr, int(m_scene->selectedSteps().size())));
}

void PipelineEditor::paste()
{
    if (!m_document || !m_document->isGraphEditable())
        return;
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    pasteSteps(mime->hasFormat(kStepsMime) ? mime->data(kStepsMime) : mime->text().toUtf8());
}

bool PipelineEditor::pasteSteps(const QByteArray &yaml)
{
    if (!m_document || !m_document->isGraphEditable())
        return false;
    const LoadedPipeline loaded = PipelineLoader::load(QStringLiteral("clipboard"), yaml);
    if (!loaded.parsed || loaded.spec.steps.isEmpty()) {
        emit statusMessage(tr("The clipboard holds no pipeline steps"));
        return false;
    }
    // Free names for the copies; references among the pasted steps follow them (one pass).
    PipelineSpec pasted;
    pasted.steps = loaded.spec.steps;
    PipelineSpec taken = m_document->spec();
    QList<QPair<QString, QString>> renames;
    QHash<QString, QString> renameMap;
    for (const StepSpec &s : std::as_const(pasted.steps)) {
        const QString to = pipelineedit::uniqueStepName(taken, s.name);
        StepSpec placeholder;
        placeholder.name = to;
        taken.steps.append(placeholder);
        renames.append({s.name, to});
        renameMap.insert(s.name, to);
    }
    pipelineedit::renameSteps(pasted, renameMap);
    // Beside the originals, or in the middle of the view; each further paste of the same
    // steps cascades down and to the right instead of landing on the last copy.
    const QVariantMap layout = PipelineExtras::read(yaml).metadata.value(QStringLiteral("layout")).toMap();
    QList<QPointF> wanted;
    const QPointF center = m_view->mapToScene(m_view->viewport()->rect().center());
    for (int i = 0; i < renames.size(); ++i) {
        const QVariantList xy = layout.value(renames.at(i).first).toList();
        wanted.append(xy.size() == 2 ? QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()) : center + QPointF(40.0 * i, 40.0 * i));
    }
    const QList<QPointF> occupied = m_document->positions().values();
    auto covers = [&occupied](const QPointF &p) {
        return std::any_of(occupied.cbegin(), occupied.cend(), [&p](const QPointF &o) {
            return std::abs(o.x() - p.x()) < 20 && std::abs(o.y() - p.y()) < 20;
        });
    };
    QPointF offset(40, 40);
    for (int tries = 0; tries < 200; ++tries, offset += QPointF(40, 40)) {
        if (std::none_of(wanted.cbegin(), wanted.cend(), [&](const QPointF &p) { return covers(p + offset); }))
            break;
    }
    QHash<QString, QPointF> positions;
    for (int i = 0; i < renames.size(); ++i)
        positions.insert(renames.at(i).second, wanted.at(i) + offset);
    if (!m_document->addSteps(pasted.steps, positions, tr("Paste %n Step(s)", nullptr, int(pasted.steps.size()))))
        return false;
    QStringList names;
    for (const auto &r : std::as_const(renames))
        names.append(r.second);
    m_scene->selectSteps(names);
    return true;
}

void PipelineEditor::duplicate()
{
    // A copy beside the selection, without replacing what the user has on the clipboard.
    const QByteArray yaml = selectionYaml();
    if (!yaml.isEmpty())
        pasteSteps(yaml);
}

void PipelineEditor::deleteSelection()
{
    if (!m_scene || !m_document->isGraphEditable())
        return;
    const QStringList steps = m_scene->selectedSteps();
    if (!steps.isEmpty()) {
        m_document->removeSteps(steps);
        return;
    }
    // Only connections that stand for a link of their own can go; a dotted line is a
    // value used inside a field's text (a condition, a command) and stays with the text.
    QList<GraphEdge> removable;
    std::optional<GraphEdge> kept;
    for (const GraphEdge &e : m_scene->selectedEdges()) {
        if (m_document->canDisconnect(e))
            removable.append(e);
        else if (!kept)
            kept = e;
    }
    if (!removable.isEmpty()) {
        QUndoStack *undo = m_document->undoStack();
        if (removable.size() == 1) {
            m_document->disconnect(removable.first());
        } else {
            undo->beginMacro(tr("Delete %n Connection(s)", nullptr, int(removable.size())));
            for (const GraphEdge &e : std::as_const(removable))
                m_document->disconnect(e);
            undo->endMacro();
        }
    }
    if (kept) {
        const QString field = m_document->edgeField(*kept);
        emit statusMessage(field == QStringLiteral("when")
                               ? tr("The dotted line from %1 to %2 comes from %2's condition text; edit the condition "
                                    "in the Step panel to remove it")
                                     .arg(kept->from, kept->to)
                               : tr("The dotted line from %1 to %2 comes from the text of %2's %3 field; edit that field "
                                    "in the Step panel to remove it")
                                     .arg(kept->from, kept->to, field));
    }
}

QMenu *PipelineEditor::createCanvasMenu(const QPointF &scenePos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("canvasMenu"));
    if (!m_scene || !m_document)
        return menu;
    const bool editable = m_document->isGraphEditable();
    auto add = [this, menu](const char *name) { menu->addAction(m_actions.value(QString::fromLatin1(name))); };
    if (StepNodeItem *node = m_scene->nodeAt(scenePos)) {
        // A right click on a step that is not selected acts on that step alone.
        if (!node->isSelected())
            m_scene->selectSteps({node->name()});
        const QString name = node->name();
        if (m_scene->selectedSteps().size() == 1) {
            QAction *rename = menu->addAction(tr("Rename…"), this, [this, name] {
                m_scene->selectSteps({name});
                m_inspector->setCurrentWidget(m_stepPanel);
                m_stepPanel->nameEdit()->setFocus(Qt::OtherFocusReason);
                m_stepPanel->nameEdit()->selectAll();
            });
            rename->setObjectName(QStringLiteral("renameStep"));
            rename->setEnabled(editable);
            menu->addSeparator();
        }
        add("cut");
        add("copy");
        add("paste");
        add("duplicate");
        add("delete");
    } else if (QGraphicsItem *hit = m_scene->itemAt(scenePos, QTransform()); hit && hit->type() == EdgeItem::Type) {
        if (!hit->isSelected()) {
            m_scene->clearSelection();
            hit->setSelected(true);
        }
        add("delete");
    } else {
        QMenu *types = menu->addMenu(tr("Add Step"));
        types->setObjectName(QStringLiteral("addStepMenu"));
        types->setEnabled(editable);
        for (const QString &type : StepTypeRegistry::instance().names()) {
            QAction *a = types->addAction(steptypestyle::icon(type), type, this,
                                          [this, type, scenePos] { addStepOfType(type, scenePos); });
            a->setObjectName(QStringLiteral("add_") + type);
        }
        add("paste");
    }
    menu->addSeparator();
    add("selectAll");
    add("arrange");
    add("fit");
    return menu;
}

void PipelineEditor::nudge(const QPointF &delta)
{
    if (!m_scene || !m_document->isGraphEditable())
        return;
    QHash<QString, QPointF> positions;
    for (const QString &n : m_scene->selectedSteps())
        positions.insert(n, m_scene->node(n)->pos() + delta);
    if (!positions.isEmpty())
        m_document->moveSteps(positions, true);
}

} // namespace mlops
