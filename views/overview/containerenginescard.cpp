// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/overview/containerenginescard.h"

#include "core/runtime/doctor.h"
#include "views/common/async.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mlops {

namespace {
QLabel *cell(const QString &text, QWidget *parent, const QString &role = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!role.isEmpty())
        label->setProperty("role", role);
    return label;
}
} // namespace

ContainerEnginesCard::ContainerEnginesCard(QWidget *parent)
    : AsyncCard(tr("Container engines"), parent), m_grid(new QGridLayout), m_hint(new QLabel(this))
{
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(2, 1);
    body()->addLayout(m_grid);
    m_hint->setProperty("role", QStringLiteral("muted"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Detecting Docker and Podman…"));
    body()->addWidget(m_hint);
    auto *refresh = new QPushButton(tr("Check again"), this);
    refresh->setObjectName(QStringLiteral("refreshEngines"));
    connect(refresh, &QPushButton::clicked, this, &ContainerEnginesCard::detect);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(refresh);
    body()->addLayout(row);
    detect();
}

void ContainerEnginesCard::reload()
{
    if (m_detected.isValid() && m_detected.elapsed() < 30000)
        return;
    detect();
}

void ContainerEnginesCard::detect()
{
    if (deferWhileBusy())
        return;
    setBusy(true);
    runAsync(this, [] { return detectContainerEngines(); },
             [this](const QList<EngineStatus> &engines) {
                 m_detected.start();
                 show(engines);
                 finishLoad();
                 emit loaded();
             });
}

void ContainerEnginesCard::show(const QList<EngineStatus> &engines)
{
    m_engines = engines;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    int usable = 0;
    for (const EngineStatus &e : engines) {
        const QString name = e.engine == QStringLiteral("docker") ? QStringLiteral("Docker") : QStringLiteral("Podman");
        QString state;
        if (e.usable()) {
            ++usable;
            state = QStringLiteral("<span style='color:#15803d'>●</span> ") + tr("running");
        } else if (e.installed) {
            state = QStringLiteral("<span style='color:#b45309'>●</span> ") + tr("not running");
        } else {
            state = QStringLiteral("<span style='color:#9ca3af'>●</span> ") + tr("not installed");
        }
        QStringList facts;
        if (!e.serverVersion.isEmpty())
            facts << tr("version %1").arg(e.serverVersion);
        else if (!e.clientVersion.isEmpty())
            facts << tr("client %1").arg(e.clientVersion);
        if (e.usable())
            facts << (e.rootless ? tr("rootless") : tr("rootful"));
        if (!e.runtime.isEmpty())
            facts << e.runtime;
        if (e.usable() && !e.endpoint.isEmpty())
            facts << e.endpoint;
        auto *nameLabel = cell(name, this);
        nameLabel->setObjectName(e.engine + QStringLiteral("EngineName"));
        auto *stateLabel = cell(state, this);
        stateLabel->setObjectName(e.engine + QStringLiteral("EngineState"));
        m_grid->addWidget(nameLabel, row, 0);
        m_grid->addWidget(stateLabel, row, 1);
        m_grid->addWidget(cell(facts.join(QStringLiteral(" · ")), this, QStringLiteral("muted")), row, 2);
        ++row;
        if (!e.usable()) {
            QString text = e.problem.isEmpty() ? QString() : e.problem.toHtmlEscaped() + QStringLiteral("<br>");
            text += tr("Fix: %1").arg(e.fix.toHtmlEscaped());
            auto *fix = cell(text, this, QStringLiteral("muted"));
            fix->setObjectName(e.engine + QStringLiteral("EngineFix"));
            m_grid->addWidget(fix, row, 1, 1, 2);
            ++row;
        }
    }
    m_hint->setText(usable > 0 ? tr("Pipeline steps and model servers can run with the docker or podman runner.")
                               : tr("Without an engine, steps run as processes or in the bubblewrap sandbox."));
}

} // namespace mlops
