// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/notebook/ansitext.h"

#include <QColor>
#include <QTextCursor>

namespace mlops {

AnsiText::AnsiText(const QTextCharFormat &base) : m_base(base), m_format(base) {}

void AnsiText::reset()
{
    m_format = m_base;
    m_pending.clear();
}

QColor AnsiText::color(int index)
{
    // JupyterLab's palette: readable on a white background.
    static const QColor basic[16] = {
        QColor(0x3e, 0x42, 0x4d), QColor(0xe7, 0x5c, 0x58), QColor(0x00, 0xa2, 0x50), QColor(0xdd, 0xb6, 0x2b),
        QColor(0x20, 0x8f, 0xfb), QColor(0xd1, 0x60, 0xc4), QColor(0x60, 0xc6, 0xc8), QColor(0xc5, 0xc1, 0xb4),
        QColor(0x28, 0x2c, 0x36), QColor(0xb2, 0x2b, 0x31), QColor(0x00, 0x74, 0x27), QColor(0xb2, 0x7d, 0x12),
        QColor(0x00, 0x65, 0xca), QColor(0xa0, 0x3d, 0x96), QColor(0x25, 0x8f, 0x8f), QColor(0xa1, 0xa6, 0xb2)};
    if (index < 0)
        return {};
    if (index < 16)
        return basic[index];
    if (index < 232) {
        const int i = index - 16;
        auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    }
    if (index < 256) {
        const int grey = 8 + (index - 232) * 10;
        return QColor(grey, grey, grey);
    }
    return {};
}

void AnsiText::applyCodes(const QList<int> &codes)
{
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int c = codes.at(i);
        if (c == 0) {
            m_format = m_base;
        } else if (c == 1) {
            m_format.setFontWeight(QFont::Bold);
        } else if (c == 2 || c == 22) {
            m_format.setFontWeight(QFont::Normal);
        } else if (c == 3) {
            m_format.setFontItalic(true);
        } else if (c == 23) {
            m_format.setFontItalic(false);
        } else if (c == 4) {
            m_format.setFontUnderline(true);
        } else if (c == 24) {
            m_format.setFontUnderline(false);
        } else if (c >= 30 && c <= 37) {
            m_format.setForeground(color(c - 30));
        } else if (c >= 90 && c <= 97) {
            m_format.setForeground(color(c - 90 + 8));
        } else if (c == 39) {
            m_format.setForeground(m_base.foreground());
        } else if (c >= 40 && c <= 47) {
            m_format.setBackground(color(c - 40));
        } else if (c >= 100 && c <= 107) {
            m_format.setBackground(color(c - 100 + 8));
        } else if (c == 49) {
            m_format.setBackground(m_base.background());
        } else if ((c == 38 || c == 48) && i + 1 < codes.size()) {
            QColor chosen;
            if (codes.at(i + 1) == 5 && i + 2 < codes.size()) {
                chosen = color(codes.at(i + 2));
                i += 2;
            } else if (codes.at(i + 1) == 2 && i + 4 < codes.size()) {
                chosen = QColor(codes.at(i + 2), codes.at(i + 3), codes.at(i + 4));
                i += 4;
            }
            if (chosen.isValid()) {
                if (c == 38)
                    m_format.setForeground(chosen);
                else
                    m_format.setBackground(chosen);
            }
        }
    }
}

void AnsiText::append(QTextCursor &cursor, QStringView chunk)
{
    QString text;
    QStringView input = chunk;
    if (!m_pending.isEmpty()) {
        text = m_pending + chunk.toString();
        m_pending.clear();
        input = text;
    }
    qsizetype start = 0;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        if (input.at(i) != QChar(0x1b)) {
            ++i;
            continue;
        }
        if (i > start)
            cursor.insertText(input.mid(start, i - start).toString(), m_format);
        // ESC [ params final — anything else after ESC is skipped as a two-character sequence.
        if (i + 1 >= n) {
            m_pending = input.mid(i).toString();
            return;
        }
        if (input.at(i + 1) != QLatin1Char('[')) {
            i += 2;
            start = i;
            continue;
        }
        qsizetype j = i + 2;
        while (j < n && !(input.at(j).unicode() >= 0x40 && input.at(j).unicode() <= 0x7e))
            ++j;
        if (j >= n) {
            m_pending = input.mid(i).toString();
            return;
        }
        if (input.at(j) == QLatin1Char('m')) {
            QList<int> codes;
            const QStringView params = input.mid(i + 2, j - i - 2);
            if (params.isEmpty())
                codes.append(0);
            for (QStringView part : params.split(QLatin1Char(';')))
                codes.append(part.isEmpty() ? 0 : part.toInt());
            applyCodes(codes);
        }
        i = j + 1;
        start = i;
    }
    if (start < n)
        cursor.insertText(input.mid(start).toString(), m_format);
}

QString AnsiText::resolveCarriageReturns(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString out;
    out.reserve(text.size());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QString line = lines.at(l);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);  // "\r\n" is a plain line end
        const qsizetype cr = line.lastIndexOf(QLatin1Char('\r'));
        out += cr < 0 ? line : line.mid(cr + 1);
        if (l + 1 < lines.size())
            out += QLatin1Char('\n');
    }
    return out;
}

} // namespace mlops
