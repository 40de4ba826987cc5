// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/common/card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mlops {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("card"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(m_title);
    m_body->setSpacing(6);
    layout->addLayout(m_body);
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
}

StatTile::StatTile(const QString &caption, const QString &objectName, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(QStringLiteral("–"), this)),
      m_caption(new QLabel(caption, this)), m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("statTile"));
    m_value->setObjectName(objectName);
    m_value->setProperty("role", QStringLiteral("statValue"));
    m_caption->setProperty("role", QStringLiteral("statCaption"));
    m_detail->setProperty("role", QStringLiteral("statDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addWidget(m_detail);
    m_detail->hide();
}

void StatTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString StatTile::value() const
{
    return m_value->text();
}

} // namespace mlops
