// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The studio's screens, in navigation order. A new screen adds one line here.
#include "views/shell/screenregistry.h"

#include "views/lineage/lineagescreen.h"
#include "views/maturity/maturityscreen.h"
#include "views/overview/overviewscreen.h"
#include "views/registry/registryscreen.h"
#include "views/vcs/gitscreen.h"

namespace mlops {

void registerBuiltinScreens()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    ScreenRegistry &r = ScreenRegistry::instance();
    r.registerScreen<OverviewScreen>(10);
    r.registerScreen<LineageScreen>(50);
    r.registerScreen<RegistryScreen>(60);
    r.registerScreen<GitScreen>(70);
    r.registerScreen<MaturityScreen>(80);
}

} // namespace mlops
