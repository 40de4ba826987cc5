// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

namespace mlops::runtags {

/**
 * Tag on a pipeline execution (RunTracker::setTag) naming what started it: "cli"
 * (`mlops run`), "studio" (the Run button), "ci" (`mlops run` with CI=true in the
 * environment) or "schedule". The maturity assessment counts executions started by
 * "cli", "ci" or "schedule" as pipelines that run unattended.
 */
inline QString launcher()
{
    return QStringLiteral("mlops.launcher");
}

/** Tag on a step run naming the container image it ran in (docker and podman runners). */
inline QString image()
{
    return QStringLiteral("mlops.image");
}

/** Tag on a pipeline execution that reproduces another one: the original's run id. */
inline QString reproduces()
{
    return QStringLiteral("mlops.reproduces");
}

} // namespace mlops::runtags
