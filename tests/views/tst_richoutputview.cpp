// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// HTML outputs of notebook cells: tables as tables, and a long table that does not stall the view.

#include "views/notebook/richoutputview.h"

#include <QtTest/QtTest>

using namespace mlops;

namespace {
/** A table as pandas writes it (DataFrame.to_html): a header row, then one row per record. */
QString dataFrameHtml(int rows, int columns)
{
    QString html = QStringLiteral("<div><table border=\"1\" class=\"dataframe\">\n<thead><tr style=\"text-align: right;\"><th></th>");
    for (int c = 0; c < columns; ++c)
        html += QStringLiteral("<th>col%1</th>").arg(c);
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows; ++r) {
        html += QStringLiteral("<tr>\n<th>%1</th>").arg(r);
        for (int c = 0; c < columns; ++c)
            html += QStringLiteral("<td>v%1_%2</td>").arg(r).arg(c);
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n<p>%1 rows × %2 columns</p></div>").arg(rows).arg(columns);
    return html;
}
} // namespace

class TestRichOutputView : public QObject
{
    Q_OBJECT

private slots:
    void showsASmallTableWhole()
    {
        RichOutputView view;
        view.resize(900, 400);
        view.setContent(dataFrameHtml(50, 4), RichOutputView::Format::Html);
        const QString text = view.toPlainText();
        QVERIFY(text.contains(QStringLiteral("v49_3")));
        QVERIFY(text.contains(QStringLiteral("50 rows × 4 columns")));
        QVERIFY(!text.contains(QStringLiteral("Only the first")));
        QVERIFY(view.toHtml().contains(QStringLiteral("<table")));
    }

    void cutsALongTableWithANote()
    {
        // display(HTML(df.to_html())) of 20,000 rows: laid out whole, it froze the studio.
        const QString html = dataFrameHtml(20000, 10);
        RichOutputView view;
        view.resize(900, 400);
        view.setContent(html, RichOutputView::Format::Html);
        const QString text = view.toPlainText();
        QVERIFY(text.contains(QStringLiteral("v0_0")));
        QVERIFY(!text.contains(QStringLiteral("v19999_9")));
        // What follows the table still shows, and a note says what was left out.
        QVERIFY(text.contains(QStringLiteral("20000 rows × 10 columns")));
        QVERIFY2(text.contains(QStringLiteral("Only the first %1 of %2 table rows are shown here")
                                   .arg(QLocale().toString(RichOutputView::kMaxTableCells / 11 - 1), QLocale().toString(20000))),
                 qPrintable(text.mid(text.indexOf(QStringLiteral("Only")), 300)));
        int shown = 0;
        int total = 0;
        const QString limited = RichOutputView::limitedTables(html, &shown, &total);
        QCOMPARE(total, 20000);
        QCOMPARE(shown, RichOutputView::kMaxTableCells / 11 - 1);   // the header row's cells count too
        QVERIFY(limited.size() < html.size() / 20);
        // A wide table keeps its header and first rows however many columns it has.
        RichOutputView::limitedTables(dataFrameHtml(10, 5000), &shown, &total);
        QCOMPARE(shown, 1);
        QCOMPARE(total, 10);
    }
};

QTEST_MAIN(TestRichOutputView)
#include "tst_richoutputview.moc"
