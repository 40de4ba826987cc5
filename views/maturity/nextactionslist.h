// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/maturity/maturityassessment.h"

#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace mlops {

/**
 * The next concrete actions toward the next phase: what to do, and the command to run
 * (selectable, with a Copy button).
 */
class NextActionsList : public QWidget
{
    Q_OBJECT

public:
    explicit NextActionsList(QWidget *parent = nullptr);

    void setAssessment(const MaturityAssessment &assessment);
    int actionCount() const { return m_count; }
    /** The commands shown, in order (for tests). */
    QStringList commands() const { return m_commands; }

private:
    QLabel *m_heading;
    QVBoxLayout *m_items;
    int m_count = 0;
    QStringList m_commands;
};

} // namespace mlops
