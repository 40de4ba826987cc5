// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/maturity/phaseladder.h"

#include "views/common/theme.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace mlops {

namespace {
constexpr qreal kArrow = 18;   // room for the arrow between steps
}

PhaseLadder::PhaseLadder(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("phaseLadder"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (MaturityPhase phase : maturityPhases())
        m_steps.append(Step{phase});
}

QSize PhaseLadder::sizeHint() const
{
    return QSize(760, 96);
}

QSize PhaseLadder::minimumSizeHint() const
{
    return QSize(480, 96);
}

void PhaseLadder::setAssessment(const MaturityAssessment &assessment)
{
    m_current = assessment.phaseIndex;
    for (Step &step : m_steps) {
        step.met = 0;
        step.required = 0;
        for (const CriterionResult &c : assessment.criteriaOf(step.phase)) {
            if (!c.required)
                continue;
            ++step.required;
            step.met += c.met ? 1 : 0;
        }
    }
    update();
}

QRectF PhaseLadder::stepRect(int index) const
{
    const int n = int(m_steps.size());
    const qreal w = (width() - 2 - kArrow * (n - 1)) / n;
    return QRectF(1 + index * (w + kArrow), 6, w, height() - 12);
}

void PhaseLadder::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    bold.setPointSizeF(base.pointSizeF() * 1.15);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);

    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &step = m_steps.at(i);
        const QRectF r = stepRect(i);
        const bool reached = i <= m_current;
        const bool current = i == m_current;
        const bool next = i == m_current + 1;
        QColor fill = QColor(0xf3, 0xf4, 0xf6);
        QColor border = QColor(0xd1, 0xd5, 0xdb);
        QColor text = theme::muted();
        if (reached) {
            fill = QColor(0xec, 0xfd, 0xf5);
            border = theme::success();
            text = QColor(0x06, 0x5f, 0x46);
        }
        if (current) {
            fill = QColor(0xef, 0xf6, 0xff);
            border = theme::accent();
            text = QColor(0x1e, 0x3a, 0x8a);
        }
        QPen pen(border, current ? 2.5 : 1.2);
        if (next) {
            pen = QPen(theme::accent(), 1.4, Qt::DashLine);
            fill = Qt::white;
            text = QColor(0x1f, 0x29, 0x37);
        }
        p.setPen(pen);
        p.setBrush(fill);
        p.drawRoundedRect(r, 8, 8);

        const QRectF inner = r.adjusted(12, 8, -12, -8);
        p.setPen(text);
        p.setFont(bold);
        const QString name = (reached ? QStringLiteral("✓ ") : QString()) + maturityPhaseDisplayName(step.phase);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, name);
        p.setFont(small);
        const QString criteria = tr("%1 of %2 required criteria met").arg(step.met).arg(step.required);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter, p.fontMetrics().elidedText(criteria, Qt::ElideRight, int(inner.width())));
        QString tag;
        if (current)
            tag = tr("current phase");
        else if (next)
            tag = tr("next");
        else if (reached)
            tag = tr("reached");
        if (!tag.isEmpty()) {
            QFont tagFont = small;
            tagFont.setBold(true);
            p.setFont(tagFont);
            p.setPen(current || next ? theme::accent() : theme::success());
            p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, tag.toUpper());
        }

        if (i + 1 < m_steps.size()) {
            // A chevron to the next step.
            const qreal x = r.right() + 4;
            const qreal y = r.center().y();
            QPainterPath arrow;
            arrow.moveTo(x, y - 7);
            arrow.lineTo(x + kArrow - 8, y);
            arrow.lineTo(x, y + 7);
            p.setPen(QPen(i < m_current ? theme::success() : QColor(0x9c, 0xa3, 0xaf), 2));
            p.setBrush(Qt::NoBrush);
            p.drawPath(arrow);
        }
    }
}

bool PhaseLadder::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_steps.size(); ++i) {
            if (stepRect(i).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), maturityPhaseSummary(m_steps.at(i).phase), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace mlops
