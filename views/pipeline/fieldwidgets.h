// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QPlainTextEdit>
#include <QTableView>

#include <functional>

namespace mlops {

/** A table of a step's field (inputs, hyperparameters…) that deletes its selected rows on Delete/Backspace. */
class FieldTable : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

/** Multi-line text of a step's field that reports the end of an edit when it loses focus, as QLineEdit does. */
class FieldTextEdit : public QPlainTextEdit
{
public:
    explicit FieldTextEdit(QWidget *parent = nullptr);

    void onEditingFinished(std::function<void()> finished) { m_finished = std::move(finished); }

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    std::function<void()> m_finished;
};

} // namespace mlops
