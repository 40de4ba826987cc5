// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QString>

#include <memory>

namespace mlops {

class StepType;

/**
 * The `notebook` pipeline step (DESIGN.md §4): runs a notebook headless as
 * `mlops notebook run --step` does, in a step run of its own with the SageMaker job
 * layout. Its hyperparameters are injected after the cell tagged `parameters`; what the
 * notebook logs with mlops_studio becomes the step's metrics; the executed notebook is
 * the step's output `notebook`. It starts a Jupyter kernel on this machine, so it uses
 * the process runner.
 *
 *     explore:
 *       type: notebook
 *       notebook: notebooks/breast-cancer.ipynb
 *       kernel: python3                      # optional: the notebook's own kernel
 *       hyperparameters: {n_estimators: 60}
 *       inputs: {train: "${steps.prepare.outputs.train}"}
 */
std::unique_ptr<StepType> makeNotebookStepType();

/**
 * The `mlops` command-line program that runs notebook steps: this program when it is
 * `mlops`, else the one beside it (installed, or in the build tree), else `mlops` on PATH.
 */
QString mlopsCliPath();

} // namespace mlops
