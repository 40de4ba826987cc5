// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "testsupport.h"

#include "core/artifacts/dataversioning.h"
#include "core/store/store.h"
#include "core/workspace/workspace.h"

#include <memory>
#include <optional>

namespace mlops::test {

/** A workspace with its store open and a DataVersioning over it. */
struct DataFixture
{
    TempWorkspace ws;
    std::unique_ptr<Store> store;
    std::optional<Workspace> workspace;

    DataFixture()
    {
        if (!ws.isValid())
            return;
        workspace = *Workspace::open(ws.root());
        store = Store::open(ws.path(QStringLiteral(".mlops/store.db"))).value();
    }
    DataVersioning data() { return DataVersioning(*workspace, store->db()); }
};

} // namespace mlops::test
