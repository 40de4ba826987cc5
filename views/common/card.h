// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace mlops {

/** A titled panel with a soft border: the building block of the studio's dashboards. */
class Card : public QFrame
{
    Q_OBJECT

public:
    explicit Card(const QString &title, QWidget *parent = nullptr);

    QVBoxLayout *body() const { return m_body; }
    void setTitle(const QString &title);

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
};

/** A big number with a caption beneath ("12" / "Runs"). */
class StatTile : public QFrame
{
    Q_OBJECT

public:
    StatTile(const QString &caption, const QString &objectName, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    QString value() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_detail;
};

} // namespace mlops
