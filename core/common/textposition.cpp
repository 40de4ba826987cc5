// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/textposition.h"

#include <QString>

namespace mlops {

void lineColumn(const QByteArray &data, int offset, int &line, int &column)
{
    line = 1;
    int lineStart = 0;
    const int end = qMin(offset, int(data.size()));
    for (int i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    column = int(QString::fromUtf8(data.mid(lineStart, end - lineStart)).size()) + 1;
}

} // namespace mlops
