// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/pipeline/pipelinedocument.h"

#include "core/common/fileutil.h"
#include "core/pipeline/pipelineedit.h"
#include "core/pipeline/pipelineloader.h"
#include "core/pipeline/pipelinevalidator.h"
#include "core/pipeline/pipelinewriter.h"
#include "core/pipeline/steptype.h"
#include "views/pipeline/addremovesteps.h"
#include "views/pipeline/changeparameters.h"
#include "views/pipeline/changestep.h"
#include "views/pipeline/edityaml.h"
#include "views/pipeline/layeredlayout.h"
#include "views/pipeline/nodegeometry.h"
#include "views/pipeline/movesteps.h"
#include "views/pipeline/renamestep.h"
#include "views/pipeline/setpipelineinfo.h"

#include "views/common/async.h"

#include <QDir>
#include <QFileInfo>
#include <QRectF>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

namespace mlops {

namespace {

const QString kLayoutKey = QStringLiteral("layout");

/** `metadata: layout:` as positions, when it is exactly a map of [x, y] pairs. */
std::optional<QHash<QString, QPointF>> layoutFrom(const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantMap)
        return std::nullopt;
    QHash<QString, QPointF> layout;
    const QVariantMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QVariantList xy = it.value().toList();
        bool okX = false;
        bool okY = false;
        if (it.value().typeId() != QMetaType::QVariantList || xy.size() != 2)
            return std::nullopt;
        const double x = xy.at(0).toDouble(&okX);
        const double y = xy.at(1).toDouble(&okY);
        if (!okX || !okY)
            return std::nullopt;
        layout.insert(it.key(), QPointF(x, y));
    }
    return layout;
}

QByteArray stepText(const StepSpec &step)
{
    PipelineSpec spec;
    spec.steps.append(step);
    return PipelineWriter::write(spec);
}

} // namespace

PipelineDocument::PipelineDocument(QObject *parent)
    : QObject(parent), m_undo(new QUndoStack(this)), m_validation(new QTimer(this)), m_textSignal(new QTimer(this))
{
    // Bursts of edits (typing, a drag's end, a paste of many steps) validate once.
    m_validation->setSingleShot(true);
    m_validation->setInterval(40);
    connect(m_validation, &QTimer::timeout, this, &PipelineDocument::validateInBackground);
    m_textSignal->setSingleShot(true);
    m_textSignal->setInterval(0);
    connect(m_textSignal, &QTimer::timeout, this, &PipelineDocument::textChanged);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean || m_unsaved); });
}

PipelineDocument::~PipelineDocument() = default;

namespace {

Diagnostics check(const LoadedPipeline &loaded, const QString &workspaceRoot)
{
    Diagnostics diagnostics = loaded.diagnostics;
    if (loaded.parsed) {
        ValidationOptions options;
        options.workspaceRoot = workspaceRoot;
        diagnostics += validatePipeline(loaded.spec, options);
        std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
    }
    return diagnostics;
}

QString shownName(const QString &filePath, const QString &workspaceRoot)
{
    if (filePath.isEmpty())
        return PipelineDocument::tr("Untitled");
    if (!workspaceRoot.isEmpty()) {
        const QString rel = QDir(workspaceRoot).relativeFilePath(filePath);
        if (!rel.startsWith(QStringLiteral("..")))
            return rel;
    }
    return filePath;
}

} // namespace

PipelineDocument::Parsed PipelineDocument::parse(const QByteArray &text, const QString &file,
                                                 const QString &workspaceRoot)
{
    Parsed parsed;
    parsed.text = text;
    parsed.loaded = PipelineLoader::load(file, text);
    if (parsed.loaded.parsed)
        parsed.extras = PipelineExtras::read(text);
    parsed.diagnostics = check(parsed.loaded, workspaceRoot);
    return parsed;
}

std::unique_ptr<PipelineDocument> PipelineDocument::fromParsed(const Parsed &parsed, const QString &filePath,
                                                               const QString &workspaceRoot)
{
    auto doc = std::make_unique<PipelineDocument>();
    doc->m_filePath = filePath;
    doc->m_workspaceRoot = workspaceRoot;
    if (!filePath.isEmpty())
        doc->m_diskText = parsed.text;
    doc->load(parsed);
    return doc;
}

std::unique_ptr<PipelineDocument> PipelineDocument::fromText(const QByteArray &text, const QString &filePath,
                                                             const QString &workspaceRoot)
{
    return fromParsed(parse(text, shownName(filePath, workspaceRoot), workspaceRoot), filePath, workspaceRoot);
}

Result<std::unique_ptr<PipelineDocument>> PipelineDocument::open(const QString &path, const QString &workspaceRoot)
{
    Result<QByteArray> text = readFile(path);
    if (!text)
        return text.error();
    return fromText(*text, path, workspaceRoot);
}

std::unique_ptr<PipelineDocument> PipelineDocument::create(const QString &name, const QString &workspaceRoot)
{
    PipelineSpec spec;
    spec.name = name;
    std::unique_ptr<PipelineDocument> doc = fromText(PipelineWriter::write(spec), QString(), workspaceRoot);
    doc->setUnsaved(true);
    return doc;
}

void PipelineDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    m_validationPending = true;
    scheduleValidation();
    emit filePathChanged(path);
}

QString PipelineDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

QString PipelineDocument::pipelineFile() const
{
    return shownName(m_filePath, m_workspaceRoot);
}

void PipelineDocument::setWorkspaceRoot(const QString &root)
{
    m_workspaceRoot = root;
    m_validationPending = true;
    scheduleValidation();
}

bool PipelineDocument::isModified() const
{
    return m_unsaved || !m_undo->isClean();
}

void PipelineDocument::setUnsaved(bool unsaved)
{
    const bool before = isModified();
    m_unsaved = unsaved;
    if (unsaved)
        m_diskText.reset();  // made in the studio: whatever the path holds is not its file
    if (isModified() != before)
        emit modifiedChanged(isModified());
}

Status PipelineDocument::save()
{
    if (m_filePath.isEmpty())
        return Error::badInput(tr("the pipeline has no file yet; use Save As"));
    const QByteArray written = text();
    if (Status s = writeFileAtomically(m_filePath, written); !s)
        return s;
    m_undo->setClean();
    setUnsaved(false);
    m_diskText = written;
    return {};
}

void PipelineDocument::reloadFromDisk(const QByteArray &diskText)
{
    m_diskText = diskText;
    if (diskText != text()) {
        auto *command = new EditYaml(this, text(), diskText, false);
        command->setText(tr("Reload %1 from Disk").arg(displayName()));
        push(command);
        settleText();  // the graph shows the file's pipeline at once, not a moment later
    }
    m_undo->setClean();
    setUnsaved(false);
}

void PipelineDocument::markSavedAs(const QByteArray &diskText)
{
    m_diskText = diskText;
    m_undo->setClean();
    setUnsaved(false);
}

Status PipelineDocument::saveAs(const QString &path)
{
    const QString previous = m_filePath;
    setFilePath(path);
    Status s = save();
    if (!s)
        setFilePath(previous);
    return s;
}

PipelineGraph PipelineDocument::graph() const
{
    return PipelineGraph::build(m_spec);
}

QHash<QString, QPointF> PipelineDocument::positions() const
{
    bool complete = true;
    for (const StepSpec &s : m_spec.steps)
        complete = complete && m_layout.contains(s.name);
    if (complete && !m_layout.isEmpty())
        return m_layout;
    if (m_autoLayoutStale) {
        m_autoLayout = LayeredLayout::compute(m_spec);
        m_autoLayoutStale = false;
    }
    if (m_layout.isEmpty())
        return m_autoLayout;
    // Some steps were placed by hand: the others go beside them, as the automatic
    // layout would arrange them among themselves.
    QHash<QString, QPointF> result = m_layout;
    qreal right = 0;
    bool any = false;
    for (const StepSpec &s : m_spec.steps) {
        if (!m_layout.contains(s.name))
            continue;
        right = std::max(right, m_layout.value(s.name).x() + NodeGeometry::size(s).width());
        any = true;
    }
    qreal minAuto = 0;
    bool first = true;
    for (const StepSpec &s : m_spec.steps) {
        if (m_layout.contains(s.name))
            continue;
        minAuto = first ? m_autoLayout.value(s.name).x() : std::min(minAuto, m_autoLayout.value(s.name).x());
        first = false;
    }
    const qreal shift = (any ? right + 80 : 0) - minAuto;
    for (const StepSpec &s : m_spec.steps) {
        if (!m_layout.contains(s.name))
            result.insert(s.name, m_autoLayout.value(s.name) + QPointF(shift, 0));
    }
    return result;
}

QByteArray PipelineDocument::text() const
{
    if (m_textStale) {
        m_text = PipelineWriter::write(m_spec, extrasForWriting());
        m_textStale = false;
    }
    return m_text;
}

PipelineExtras PipelineDocument::extrasForWriting() const
{
    PipelineExtras extras = m_extras;
    if (!m_layout.isEmpty()) {
        QVariantMap layout;
        for (const StepSpec &s : m_spec.steps) {
            const auto it = m_layout.constFind(s.name);
            if (it != m_layout.cend())
                layout.insert(s.name, QVariantList{qlonglong(std::lround(it->x())), qlonglong(std::lround(it->y()))});
        }
        extras.metadata.insert(kLayoutKey, layout);
    }
    return extras;
}

const Diagnostics &PipelineDocument::diagnostics() const
{
    validateNow();
    return m_diagnostics;
}

Diagnostics PipelineDocument::diagnosticsFor(const QString &step) const
{
    Diagnostics result;
    for (const Diagnostic &d : diagnostics()) {
        if (d.step == step)
            result.append(d);
    }
    return result;
}

bool PipelineDocument::hasErrors() const
{
    return mlops::hasErrors(diagnostics());
}

Diagnostics PipelineDocument::currentDiagnosticsFor(const QString &step) const
{
    Diagnostics result;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.step == step)
            result.append(d);
    }
    return result;
}

void PipelineDocument::settleText() const
{
    if (!m_textPending)
        return;
    auto *self = const_cast<PipelineDocument *>(this);
    self->applyText(parse(m_text, pipelineFile(), m_workspaceRoot));
}

void PipelineDocument::validateNow() const
{
    settleText();
    if (!m_validationPending)
        return;
    m_validationPending = false;
    ++m_validationGeneration;  // a background check of an older text no longer counts
    m_validation->stop();
    m_diagnostics = check(PipelineLoader::load(pipelineFile(), text()), m_workspaceRoot);
    emit const_cast<PipelineDocument *>(this)->diagnosticsChanged();
}

void PipelineDocument::validateInBackground()
{
    if (!m_validationPending || m_textPending)
        return;  // (reading typed text checks it too)
    const int generation = ++m_validationGeneration;
    const QByteArray snapshot = text();
    const QString file = pipelineFile();
    const QString root = m_workspaceRoot;
    runAsync(this, [snapshot, file, root] { return check(PipelineLoader::load(file, snapshot), root); },
             [this, generation](const Diagnostics &diagnostics) {
                 if (generation != m_validationGeneration)
                     return;  // edited meanwhile: a newer check is on its way
                 m_validationPending = false;
                 m_diagnostics = diagnostics;
                 emit diagnosticsChanged();
             });
}

void PipelineDocument::scheduleValidation()
{
    m_validationPending = true;
    ++m_validationGeneration;
    m_validation->start();
}

void PipelineDocument::load(const Parsed &parsed)
{
    const LoadedPipeline &loaded = parsed.loaded;
    m_text = parsed.text;
    m_textStale = false;
    if (loaded.parsed) {
        m_spec = loaded.spec;
        m_extras = parsed.extras;
        m_layout.clear();
        if (const auto layout = layoutFrom(m_extras.metadata.value(kLayoutKey))) {
            for (auto it = layout->cbegin(); it != layout->cend(); ++it) {
                if (m_spec.step(it.key()))
                    m_layout.insert(it.key(), it.value());
            }
            m_extras.metadata.remove(kLayoutKey);
        }
    }
    // Errors of form in typed text would be lost by a rewrite: the graph waits for a fix.
    const bool editable = loaded.ok();
    invalidateAutoLayout();
    m_validation->stop();
    ++m_validationGeneration;
    m_validationPending = false;
    m_diagnostics = parsed.diagnostics;
    emit diagnosticsChanged();
    m_textSignal->start();
    if (editable != m_graphEditable) {
        m_graphEditable = editable;
        emit graphEditableChanged(editable);
    }
}

void PipelineDocument::edited()
{
    m_textStale = true;
    scheduleValidation();
    m_textSignal->start();
}

void PipelineDocument::invalidateAutoLayout()
{
    m_autoLayoutStale = true;
}

bool PipelineDocument::push(QUndoCommand *command)
{
    m_undo->push(command);
    return true;
}

// --- Edits -----------------------------------------------------------------------------

bool PipelineDocument::addStep(const StepSpec &step, std::optional<QPointF> position)
{
    QHash<QString, QPointF> positions;
    if (position)
        positions.insert(step.name, *position);
    return addSteps({step}, positions, tr("Add Step %1").arg(step.name));
}

bool PipelineDocument::addSteps(const QList<StepSpec> &steps, const QHash<QString, QPointF> &positions,
                                const QString &text)
{
    settleText();
    if (!m_graphEditable || steps.isEmpty())
        return false;
    QStringList names;
    for (const StepSpec &s : steps) {
        if (m_spec.step(s.name) || names.contains(s.name) || !pipelineedit::isValidName(s.name))
            return false;
        names.append(s.name);
    }
    QHash<QString, QPointF> layout = m_layout;
    if (!positions.isEmpty()) {
        if (layout.isEmpty())
            layout = this->positions();
        for (auto it = positions.cbegin(); it != positions.cend(); ++it)
            layout.insert(it.key(), it.value());
    }
    return push(AddRemoveSteps::add(this, steps, layout, text));
}

bool PipelineDocument::removeSteps(const QStringList &names)
{
    settleText();
    if (!m_graphEditable)
        return false;
    QStringList existing;
    for (const QString &n : names) {
        if (m_spec.step(n) && !existing.contains(n))
            existing.append(n);
    }
    if (existing.isEmpty())
        return false;
    const QString text = existing.size() == 1 ? tr("Delete Step %1").arg(existing.first())
                                              : tr("Delete %n Step(s)", nullptr, int(existing.size()));
    auto *command = AddRemoveSteps::remove(this, existing, text);
    PipelineSpec unlinked = m_spec;
    QStringList changed;
    for (const QString &n : std::as_const(existing)) {
        for (const QString &c : pipelineedit::unlinkStep(unlinked, n)) {
            if (!changed.contains(c) && !existing.contains(c))
                changed.append(c);
        }
    }
    for (const QString &c : std::as_const(changed))
        new DisconnectPorts(this, *m_spec.step(c), *unlinked.step(c), text, command);
    return push(command);
}

bool PipelineDocument::renameStep(const QString &from, const QString &to)
{
    settleText();
    if (!m_graphEditable || from == to || !m_spec.step(from) || m_spec.step(to) || !pipelineedit::isValidName(to))
        return false;
    return push(new RenameStep(this, from, to));
}

bool PipelineDocument::changeStep(const StepSpec &changed, const QString &field, bool mergeable)
{
    settleText();
    const StepSpec *current = m_spec.step(changed.name);
    if (!m_graphEditable || !current || stepText(*current) == stepText(changed))
        return false;
    return push(new ChangeStep(this, *current, changed, field, mergeable));
}

bool PipelineDocument::moveSteps(const QHash<QString, QPointF> &moved, bool mergeable)
{
    settleText();
    if (!m_graphEditable || moved.isEmpty())
        return false;
    QHash<QString, QPointF> after = m_layout.isEmpty() ? positions() : m_layout;
    bool changed = m_layout.isEmpty();
    for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
        if (!m_spec.step(it.key()))
            continue;
        changed = changed || after.value(it.key()) != it.value();
        after.insert(it.key(), it.value());
    }
    if (!changed)
        return false;
    const QString text = moved.size() == 1 ? tr("Move Step %1").arg(moved.cbegin().key())
                                           : tr("Move %n Step(s)", nullptr, int(moved.size()));
    return push(new MoveSteps(this, m_layout, after, text, mergeable));
}

bool PipelineDocument::arrange()
{
    settleText();
    if (!m_graphEditable || m_layout.isEmpty())
        return false;
    return push(new MoveSteps(this, m_layout, {}, tr("Arrange Steps"), false));
}

bool PipelineDocument::setParameters(const QList<ParameterSpec> &parameters, const QString &text)
{
    settleText();
    if (!m_graphEditable)
        return false;
    return push(new ChangeParameters(this, parameters, text));
}

bool PipelineDocument::renameParameter(const QString &from, const QString &to)
{
    settleText();
    if (!m_graphEditable || from == to || !m_spec.parameter(from) || m_spec.parameter(to)
        || !pipelineedit::isValidName(to))
        return false;
    return push(new ChangeParameters(this, from, to));
}

bool PipelineDocument::setPipelineInfo(const QString &name, const QString &description, const StepDefaults &defaults,
                                       const QString &field)
{
    settleText();
    if (!m_graphEditable)
        return false;
    return push(new SetPipelineInfo(this, SetPipelineInfo::Info{name, description, defaults}, field));
}

bool PipelineDocument::editText(const QByteArray &newText, bool mergeable)
{
    const QByteArray current = text();
    if (newText == current)
        return false;
    return push(new EditYaml(this, current, newText, mergeable));
}

// --- Primitives ------------------------------------------------------------------------

void PipelineDocument::doInsertSteps(const QList<QPair<qsizetype, StepSpec>> &steps)
{
    if (steps.isEmpty())
        return;
    QStringList names;
    for (const auto &[index, step] : steps) {
        m_spec.steps.insert(std::clamp<qsizetype>(index, 0, m_spec.steps.size()), step);
        names.append(step.name);
    }
    invalidateAutoLayout();
    edited();
    emit stepsAdded(names);
}

void PipelineDocument::doRemoveSteps(const QStringList &names)
{
    const QSet<QString> gone(names.cbegin(), names.cend());
    const qsizetype before = m_spec.steps.size();
    m_spec.steps.removeIf([&gone](const StepSpec &s) { return gone.contains(s.name); });
    if (m_spec.steps.size() == before)
        return;
    for (const QString &name : names)
        m_layout.remove(name);
    invalidateAutoLayout();
    edited();
    emit stepsRemoved(names);
}

void PipelineDocument::doReplaceStep(const StepSpec &step)
{
    for (StepSpec &s : m_spec.steps) {
        if (s.name == step.name) {
            s = step;
            break;
        }
    }
    invalidateAutoLayout();
    edited();
    emit stepChanged(step.name);
}

void PipelineDocument::doSetSteps(const QList<StepSpec> &steps, const QString &renamedFrom, const QString &renamedTo)
{
    const QList<StepSpec> before = m_spec.steps;
    m_spec.steps = steps;
    invalidateAutoLayout();
    edited();
    if (!renamedFrom.isEmpty())
        emit stepRenamed(renamedFrom, renamedTo);
    for (const StepSpec &s : steps) {
        const StepSpec *old = nullptr;
        for (const StepSpec &b : before) {
            if (b.name == s.name || (b.name == renamedFrom && s.name == renamedTo))
                old = &b;
        }
        if (!old || stepText(*old) != stepText(s) || s.name == renamedTo)
            emit stepChanged(s.name);
    }
}

void PipelineDocument::doSetLayout(const QHash<QString, QPointF> &layout)
{
    m_layout = layout;
    // Only positions changed: while the text is still the file's or the user's own (not
    // rewritten by a graph edit), only its `metadata:` block is written anew, so moving a
    // node does not reformat the rest of the file.
    if (!m_textStale && !m_textPending) {
        if (const std::optional<QByteArray> patched = PipelineWriter::replaceMetadata(m_text, extrasForWriting().metadata)) {
            m_text = *patched;
            scheduleValidation();
            m_textSignal->start();
            emit layoutChanged();
            return;
        }
    }
    edited();
    emit layoutChanged();
}

void PipelineDocument::doSetExtras(const PipelineExtras &extras)
{
    m_extras = extras;
    edited();
}

void PipelineDocument::doSetParameters(const QList<ParameterSpec> &parameters)
{
    m_spec.parameters = parameters;
    edited();
    emit pipelineChanged();
}

void PipelineDocument::doSetInfo(const QString &name, const QString &description, const StepDefaults &defaults)
{
    m_spec.name = name;
    m_spec.description = description;
    m_spec.defaults = defaults;
    edited();
    emit pipelineChanged();
}

void PipelineDocument::doSetText(const QByteArray &text)
{
    // The text is the user's at once; the pipeline, its checks and the graph follow when
    // it has been read off the GUI thread. A newer text makes an older reading moot.
    m_text = text;
    m_textStale = false;
    m_validation->stop();
    m_validationPending = false;
    ++m_validationGeneration;
    m_textPending = true;
    const int generation = ++m_textGeneration;
    const QString file = pipelineFile();
    const QString root = m_workspaceRoot;
    m_textSignal->start();
    runAsync(this, [text, file, root] { return parse(text, file, root); },
             [this, generation](const Parsed &parsed) {
                 if (generation == m_textGeneration && m_textPending)
                     applyText(parsed);
             });
}

void PipelineDocument::applyText(const Parsed &parsed)
{
    m_textPending = false;
    ++m_textGeneration;
    load(parsed);
    emit documentReset();
}

void PipelineDocument::endBatch()
{
    if (m_batchDepth > 0 && --m_batchDepth == 0)
        emit batchEnded();
}

void PipelineDocument::doRestoreText(const QByteArray &text)
{
    m_text = text;
    m_textStale = false;
    scheduleValidation();
    m_textSignal->start();
}

} // namespace mlops
