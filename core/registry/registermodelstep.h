// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <memory>

namespace mlops {

class StepType;

/**
 * The `register-model` pipeline step (DESIGN.md §4): registers the model of a training
 * step as a new version of a model group, with an approval status, through the model
 * registry (role-checked and audited like `mlops registry register`).
 *
 *     register:
 *       type: register-model
 *       model: ${steps.train.model}
 *       group: breast-cancer
 *       approval: PendingManualApproval     # Approved needs the approver role
 *       description: "trained on ${parameters.test_size} split"
 */
std::unique_ptr<StepType> makeRegisterModelStepType();

} // namespace mlops
