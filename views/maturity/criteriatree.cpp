// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/maturity/criteriatree.h"

#include "views/common/theme.h"

#include <QHeaderView>
#include <QPainter>

namespace mlops {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QIcon markIcon(bool met, bool required)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = met ? theme::success() : (required ? theme::danger() : theme::warning());
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QRectF(1, 1, 14, 14));
    p.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (met) {
        p.drawPolyline(QPolygonF({QPointF(4.5, 8.2), QPointF(7, 10.8), QPointF(11.5, 5.5)}));
    } else {
        p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
    }
    return QIcon(pixmap);
}
} // namespace

CriteriaTree::CriteriaTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("criteriaTree"));
    setHeaderLabels({tr("Criterion and evidence"), tr("Source")});
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Interactive);
    header()->resizeSection(1, 210);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void CriteriaTree::setAssessment(const MaturityAssessment &a)
{
    m_assessment = a;
    clear();
    const int next = a.phaseIndex + 1;
    for (MaturityPhase phase : maturityPhases()) {
        const QList<CriterionResult> criteria = a.criteriaOf(phase);
        int met = 0;
        int required = 0;
        for (const CriterionResult &c : criteria) {
            required += c.required ? 1 : 0;
            met += c.required && c.met ? 1 : 0;
        }
        const QString state = a.reached(phase) ? tr("reached")
                                               : tr("%1 of %2 required criteria met").arg(met).arg(required);
        auto *phaseItem = new QTreeWidgetItem(this, {maturityPhaseDisplayName(phase) + QStringLiteral(" — ") + state});
        QFont bold = phaseItem->font(0);
        bold.setBold(true);
        phaseItem->setFont(0, bold);
        phaseItem->setToolTip(0, maturityPhaseSummary(phase));
        phaseItem->setFirstColumnSpanned(true);
        for (const CriterionResult &c : criteria) {
            QString title = c.title;
            if (!c.required)
                title += tr(" (recommended)");
            auto *item = new QTreeWidgetItem(phaseItem, {title});
            item->setIcon(0, markIcon(c.met, c.required));
            item->setData(0, kIdRole, c.id);
            item->setToolTip(0, c.description);
            for (const Evidence &e : c.evidence) {
                auto *ev = new QTreeWidgetItem(item, {e.text, e.source});
                ev->setForeground(0, e.supports ? QColor(0x37, 0x41, 0x51) : theme::warning());
                ev->setForeground(1, theme::muted());
                ev->setToolTip(0, e.text);
                ev->setToolTip(1, e.source);
                ev->setFlags(ev->flags() & ~Qt::ItemIsSelectable);
            }
            if (!c.next.isEmpty()) {
                auto *action = new QTreeWidgetItem(item, {QStringLiteral("→ ") + c.next.text, c.next.command});
                action->setForeground(0, theme::accent());
                action->setToolTip(1, c.next.command);
                action->setFlags(action->flags() & ~Qt::ItemIsSelectable);
            }
            item->setExpanded(!c.met && int(phase) == next);
        }
        phaseItem->setExpanded(int(phase) <= next);
    }
}

QTreeWidgetItem *CriteriaTree::criterionItem(const QString &id) const
{
    for (int p = 0; p < topLevelItemCount(); ++p) {
        QTreeWidgetItem *phase = topLevelItem(p);
        for (int c = 0; c < phase->childCount(); ++c) {
            if (phase->child(c)->data(0, kIdRole).toString() == id)
                return phase->child(c);
        }
    }
    return nullptr;
}

void CriteriaTree::focusNextStep()
{
    const QList<CriterionResult> next = m_assessment.nextSteps();
    if (next.isEmpty())
        return;
    if (QTreeWidgetItem *item = criterionItem(next.first().id)) {
        item->setExpanded(true);
        setCurrentItem(item);
        scrollToItem(item, QAbstractItemView::PositionAtTop);
    }
}

} // namespace mlops
