// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/lineage/lineagedetailpanel.h"

#include "core/common/datasize.h"
#include "core/lineage/lineagestyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mlops {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 6);
    if (v.isBool())
        return v.toBool() ? LineageDetailPanel::tr("yes") : LineageDetailPanel::tr("no");
    return v.toVariant().toString();
}

} // namespace

LineageDetailPanel::LineageDetailPanel(QWidget *parent)
    : QWidget(parent), m_content(new QWidget(this)), m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("lineageDetails"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 8, 8);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setProperty("role", QStringLiteral("muted"));
    outer->addWidget(m_placeholder, 1);
    outer->addWidget(m_content, 1);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_kind = new QLabel(m_content);
    m_kind->setObjectName(QStringLiteral("lineageKindChip"));
    layout->addWidget(m_kind, 0, Qt::AlignLeft);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("lineageEntityTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    layout->addWidget(m_title);
    m_facts = new QFormLayout;
    m_facts->setHorizontalSpacing(10);
    m_facts->setVerticalSpacing(4);
    m_facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_facts);
    m_properties = new QTreeWidget(m_content);
    m_properties->setObjectName(QStringLiteral("lineageProperties"));
    m_properties->setHeaderLabels({tr("Property"), tr("Value")});
    m_properties->setRootIsDecorated(true);
    m_properties->setUniformRowHeights(true);
    m_properties->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_properties->header()->setStretchLastSection(true);
    layout->addWidget(m_properties, 1);
    // Takes the room when there are no properties, so the labels keep their height.
    layout->addStretch(0);
    m_connections = new QLabel(m_content);
    m_connections->setProperty("role", QStringLiteral("muted"));
    m_connections->setWordWrap(true);
    layout->addWidget(m_connections);
    auto *buttons = new QHBoxLayout;
    m_focus = new QPushButton(tr("Show its lineage"), m_content);
    m_focus->setObjectName(QStringLiteral("lineageFocusButton"));
    m_focus->setProperty("role", QStringLiteral("primary"));
    m_registry = new QPushButton(tr("Open in Registry"), m_content);
    m_copy = new QPushButton(tr("Copy id"), m_content);
    buttons->addWidget(m_focus);
    buttons->addWidget(m_registry);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_focus, &QPushButton::clicked, this, [this] { emit focusRequested(m_entity.key); });
    connect(m_registry, &QPushButton::clicked, this,
            [this] { emit navigateRequested(QStringLiteral("registry"), m_entity.name); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString id = !m_entity.hash.isEmpty() ? m_entity.hash : !m_entity.runUuid.isEmpty() ? m_entity.runUuid : m_entity.key;
        QApplication::clipboard()->setText(id);
    });
    showPlaceholder(tr("Select an entity to see its details."));
}

void LineageDetailPanel::showPlaceholder(const QString &text)
{
    m_entity = {};
    m_shown.clear();
    m_placeholder->setText(text);
    m_placeholder->show();
    m_content->hide();
}

QString LineageDetailPanel::fact(const QString &label) const
{
    return m_shown.value(label);
}

void LineageDetailPanel::addFact(const QString &label, const QString &value, bool monospace)
{
    if (value.isEmpty())
        return;
    auto *text = new QLabel(value, m_content);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    if (monospace) {
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        // A hash breaks anywhere: give the label room to wrap it.
        text->setText(value.left(32) + QChar(0x200B) + value.mid(32));
    }
    auto *name = new QLabel(label, m_content);
    name->setProperty("role", QStringLiteral("muted"));
    m_facts->addRow(name, text);
    m_shown.insert(label, value);
}

void LineageDetailPanel::addProducer(const LineageEntity &artifact, const LineageGraph &graph)
{
    const LineageEntity *run = nullptr;
    for (const LineageEdge &edge : graph.edges) {
        if (edge.destination == artifact.id && edge.type == Association::Produced) {
            run = graph.entity(edge.source);
            break;
        }
    }
    if (!run)
        return;
    // The run that wrote it: a link that focuses the graph on it, then its commit and parameters.
    const QString shown = run->runUuid.isEmpty() ? run->name : tr("%1 (run %2)").arg(run->name, run->runUuid.left(8));
    auto *link = new QLabel(QStringLiteral("<a href=\"%1\">%2</a>").arg(run->key.toHtmlEscaped(), shown.toHtmlEscaped()),
                            m_content);
    link->setObjectName(QStringLiteral("producedByLink"));
    link->setTextFormat(Qt::RichText);
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    link->setToolTip(tr("Show the lineage of the run that produced it"));
    connect(link, &QLabel::linkActivated, this, [this](const QString &key) { emit focusRequested(key); });
    auto *name = new QLabel(tr("Produced by"), m_content);
    name->setProperty("role", QStringLiteral("muted"));
    m_facts->addRow(name, link);
    m_shown.insert(tr("Produced by"), shown);
    m_producerKey = run->key;
    const QJsonObject &rp = run->properties;
    const QString commit = rp.value(QStringLiteral("commit")).toString();
    if (!commit.isEmpty())
        addFact(tr("Commit"), commit.left(12) + (rp.value(QStringLiteral("dirty")).toBool()
                                                     ? tr(" (with uncommitted changes)")
                                                     : QString()));
    m_producerParameters = rp.value(QStringLiteral("parameters")).toObject();
    const QJsonObject hyper = rp.value(QStringLiteral("hyperparameters")).toObject();
    for (auto it = hyper.constBegin(); it != hyper.constEnd(); ++it) {
        if (!m_producerParameters.contains(it.key()))
            m_producerParameters.insert(it.key(), it.value());
    }
}

void LineageDetailPanel::showEntity(const LineageEntity &e, const LineageGraph &graph)
{
    m_entity = e;
    m_shown.clear();
    m_placeholder->hide();
    m_content->show();
    const LineageKindStyle style = lineageKindStyle(e.kind);
    m_kind->setText(entityKindDisplayName(e.kind));
    m_kind->setStyleSheet(QStringLiteral("background: %1; color: %2; border: 1px solid %2; border-radius: 9px;"
                                         " padding: 1px 10px; font-weight: 600;")
                              .arg(style.fill, style.stroke));
    m_title->setText(e.name);
    m_producerKey.clear();
    m_producerParameters = {};
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);

    const QJsonObject &p = e.properties;
    const QLocale locale;
    if (e.kind == EntityKind::CodeCommit) {
        addFact(tr("Commit"), e.hash, true);
        addFact(tr("Author"), p.value(QStringLiteral("author")).toString());
        addFact(tr("Time"), p.value(QStringLiteral("time")).toString());
    } else if (!e.hash.isEmpty()) {
        addFact(tr("Hash"), e.hash, true);
    }
    if (e.size >= 0)
        addFact(tr("Size"), formatDataSize(e.size));
    if (e.category() == LineageCategory::Artifact && !e.uri.isEmpty() && e.uri != e.name)
        addFact(tr("Location"), e.uri);
    if (!e.runUuid.isEmpty())
        addFact(tr("Run"), e.runUuid, true);
    addFact(tr("Status"), p.value(QStringLiteral("status")).toString());
    addFact(tr("Step type"), p.value(QStringLiteral("type")).toString());
    addFact(tr("Runner"), p.value(QStringLiteral("runner")).toString());
    if (e.category() != LineageCategory::Artifact) {
        addFact(tr("Pipeline"), p.value(QStringLiteral("pipeline")).toString());
        const QString commit = p.value(QStringLiteral("commit")).toString();
        if (!commit.isEmpty())
            addFact(tr("Commit"), commit.left(12) + (p.value(QStringLiteral("dirty")).toBool()
                                                         ? tr(" (with uncommitted changes)")
                                                         : QString()));
    }
    if (e.category() == LineageCategory::Artifact)
        addProducer(e, graph);
    if (p.contains(QStringLiteral("cached_from")))
        addFact(tr("Cache hit"), tr("reused the outputs of run %1").arg(p.value(QStringLiteral("cached_from")).toString().left(8)));
    addFact(tr("Started"), p.value(QStringLiteral("started")).toString());
    if (p.contains(QStringLiteral("duration_ms")))
        addFact(tr("Duration"), tr("%1 s").arg(locale.toString(p.value(QStringLiteral("duration_ms")).toDouble() / 1000.0, 'f', 1)));
    if (e.kind == EntityKind::ModelPackage) {
        addFact(tr("Approval"), p.value(QStringLiteral("status")).toString());
        addFact(tr("Description"), p.value(QStringLiteral("description")).toString());
    }
    if (e.kind == EntityKind::CodeCommit)
        m_shown.insert(tr("Summary"), p.value(QStringLiteral("summary")).toString());

    m_properties->clear();
    const QList<QPair<QString, QString>> groups = {{QStringLiteral("parameters"), tr("Parameters")},
                                                   {QStringLiteral("hyperparameters"), tr("Hyperparameters")},
                                                   {QStringLiteral("metrics"), tr("Metrics")},
                                                   {QStringLiteral("condition"), tr("Condition")}};
    for (const auto &[key, title] : groups) {
        const QJsonObject values = p.value(key).toObject();
        if (values.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(m_properties, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            new QTreeWidgetItem(group, {it.key(), valueText(it.value())});
            m_shown.insert(title + QLatin1Char('/') + it.key(), valueText(it.value()));
        }
        group->setExpanded(true);
    }
    if (!m_producerParameters.isEmpty()) {
        const QString title = tr("Parameters of the producing run");
        auto *group = new QTreeWidgetItem(m_properties, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (auto it = m_producerParameters.constBegin(); it != m_producerParameters.constEnd(); ++it) {
            new QTreeWidgetItem(group, {it.key(), valueText(it.value())});
            m_shown.insert(title + QLatin1Char('/') + it.key(), valueText(it.value()));
        }
        group->setExpanded(true);
    }
    m_properties->setVisible(m_properties->topLevelItemCount() > 0);

    int up = 0, down = 0;
    for (const LineageEdge &edge : graph.edges) {
        up += edge.destination == e.id;
        down += edge.source == e.id;
    }
    m_connections->setText(tr("%n association(s) in", nullptr, up) + QStringLiteral(" · ")
                           + tr("%n association(s) out", nullptr, down));
    m_registry->setVisible(e.kind == EntityKind::ModelPackage);
    m_focus->setEnabled(e.id != graph.focus || graph.focus == 0);
}

} // namespace mlops
