// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The studio's screens, in navigation order. A new screen adds one line here.
#include "views/shell/screenregistry.h"

#include "views/experiments/experimentsscreen.h"
#include "views/lineage/lineagescreen.h"
#include "views/maturity/maturityscreen.h"
#include "views/notebook/notebookscreen.h"
#include "views/overview/containerenginescard.h"
#include "views/overview/overviewscreen.h"
#include "views/registry/registryscreen.h"
#include "views/pipeline/pipelinesscreen.h"
#include "views/vcs/gitscreen.h"

#include <QVBoxLayout>

namespace mlops {

void registerBuiltinScreens()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    ScreenRegistry &r = ScreenRegistry::instance();
    r.add(10, [](WorkspaceSession *session, QWidget *parent) -> Screen * {
        auto *overview = new OverviewScreen(session, parent);
        overview->addExtension(new ContainerEnginesCard(overview));
        return overview;
    });
    r.registerScreen<LineageScreen>(50);
    r.registerScreen<RegistryScreen>(60);
    r.registerScreen<GitScreen>(70);
    r.registerScreen<MaturityScreen>(80);
    r.registerScreen<NotebookScreen>(30);
    r.registerScreen<PipelinesScreen>(20);
    r.registerScreen<ExperimentsScreen>(40);
}

} // namespace mlops
