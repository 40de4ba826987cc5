// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The studio's screens, in navigation order. A new screen adds one line here.
#include "views/shell/screenregistry.h"

#include "views/experiments/experimentsscreen.h"
#include "views/overview/overviewscreen.h"

namespace mlops {

void registerBuiltinScreens()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    ScreenRegistry &r = ScreenRegistry::instance();
    r.registerScreen<OverviewScreen>(10);
    r.registerScreen<ExperimentsScreen>(40);
}

} // namespace mlops
