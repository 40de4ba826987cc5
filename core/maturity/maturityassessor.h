// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/maturity/maturityassessment.h"

namespace mlops {

class Workspace;
struct WorkspaceFacts;

/**
 * Judges every registered criterion against the facts and derives the levels:
 *
 * - AWS phase: the highest phase whose required criteria — and those of every phase
 *   below it — are all met (Initial, Repeatable, Reliable, Scalable).
 * - Google (0–2): 1 "ML pipeline automation" needs an automated, unattended pipeline,
 *   tracked experiments (a metadata store) and a model validation gate; 2 "CI/CD pipeline
 *   automation" adds CI that runs the pipeline, automated tests and a model registry.
 * - Azure (0–4): 1 "DevOps but no MLOps": git and CI; 2 "automated training": pipeline,
 *   tracking, runs from commits, registry; 3 "automated model deployment": approvals,
 *   staging/production, tests, deployments; 4 "full MLOps automated operations":
 *   monitoring, unattended runs, a quality gate.
 *
 * Levels are cumulative: a level counts only when every level below it does.
 */
MaturityAssessment assessMaturity(const WorkspaceFacts &facts);

/** collectWorkspaceFacts() then assessMaturity(). Blocks; views run it off the GUI thread. */
MaturityAssessment assessWorkspaceMaturity(const Workspace &workspace);

} // namespace mlops
