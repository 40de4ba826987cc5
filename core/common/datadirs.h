// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

namespace mlops {

/**
 * The folder holding the studio's shipped data: the `mlops_studio` Python helper, the
 * model server, kernel files. Installed programs use `<prefix>/share/mlops-studio`
 * (found next to the executable); programs run from the build tree use the source
 * tree's `resources/`. `MLOPS_DATA_DIR` overrides both.
 */
QString sharedDataDir();

/** `sharedDataDir()/python`: put on PYTHONPATH so steps `import mlops_studio`. */
QString pythonHelperDir();

/**
 * The script that installs and starts Docker and Podman with the local base images:
 * `<prefix>/share/mlops-studio/container-engines.sh` when installed, else the source
 * tree's `packaging/container-engines.sh`. Fix hints name it.
 */
QString containerEnginesScript();

/** The interpreter the studio uses by default: `MLOPS_PYTHON`, else /usr/bin/python3. */
QString defaultPython();

} // namespace mlops
