// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "views/common/asynccard.h"

namespace mlops {

void AsyncCard::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

bool AsyncCard::deferWhileBusy()
{
    if (!m_busy)
        return false;
    m_pending = true;
    return true;
}

void AsyncCard::finishLoad()
{
    setBusy(false);
    if (m_pending) {
        m_pending = false;
        reload();
    }
}

} // namespace mlops
