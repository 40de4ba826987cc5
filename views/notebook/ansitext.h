// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>
#include <QStringView>
#include <QTextCharFormat>

class QTextCursor;

namespace mlops {

/**
 * Renders terminal text — the ANSI SGR colours and styles of IPython tracebacks, tqdm
 * and coloured logs — into a QTextDocument. Keeps the current style between calls, so
 * a stream can be appended chunk by chunk.
 */
class AnsiText
{
public:
    explicit AnsiText(const QTextCharFormat &base = {});

    /** Inserts `text` at `cursor`, turning escape sequences into character formats. */
    void append(QTextCursor &cursor, QStringView text);
    /** Back to the base format (a new output starts). */
    void reset();

    /**
     * What a terminal would show of `text` regarding carriage returns: a `\r` not followed
     * by `\n` rewinds to the start of the line (progress bars), so only the last
     * rewrite of each line remains.
     */
    static QString resolveCarriageReturns(const QString &text);

    /** The colour of ANSI colour `index` (0–15: the standard and bright colours; 16–255: xterm). */
    static QColor color(int index);

private:
    void applyCodes(const QList<int> &codes);

    QTextCharFormat m_base;
    QTextCharFormat m_format;
    QString m_pending;  ///< an escape sequence cut in two by chunking
};

} // namespace mlops
