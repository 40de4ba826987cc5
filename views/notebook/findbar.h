// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace mlops {

class NotebookView;

/**
 * Find in the notebook (Ctrl+F): searches every cell's source, shows "n of m", and
 * selects each match in its cell's editor (opening a rendered Markdown cell for it).
 * Next and Previous search the cells as they are now (they may have been edited since
 * the text was typed) and go on from the cursor of the current cell, as editors do.
 */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(NotebookView *view, QWidget *parent = nullptr);

    /** Shows the bar with the focus in the search field. */
    void activate();
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; }

public slots:
    void findNext();
    void findPrevious();

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Match
    {
        int cell;
        int offset;
    };
    void search();
    void step(bool forward);
    void select(int match);

    NotebookView *m_view;
    QLineEdit *m_field;
    QCheckBox *m_caseSensitive;
    QLabel *m_count;
    QList<Match> m_matches;
    int m_current = -1;
};

} // namespace mlops
