// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/lineage/lineagestyle.h"

namespace mlops {

LineageKindStyle lineageKindStyle(EntityKind kind)
{
    switch (kind) {
    case EntityKind::DataSet: return {QStringLiteral("cylinder"), QStringLiteral("#ccfbf1"), QStringLiteral("#0f766e")};
    case EntityKind::Model: return {QStringLiteral("hexagon"), QStringLiteral("#ede9fe"), QStringLiteral("#6d28d9")};
    case EntityKind::Output: return {QStringLiteral("note"), QStringLiteral("#e0f2fe"), QStringLiteral("#0369a1")};
    case EntityKind::CodeCommit:
        return {QStringLiteral("parallelogram"), QStringLiteral("#f3f4f6"), QStringLiteral("#374151")};
    case EntityKind::Image: return {QStringLiteral("box3d"), QStringLiteral("#fef3c7"), QStringLiteral("#b45309")};
    case EntityKind::Diff: return {QStringLiteral("folder"), QStringLiteral("#fee2e2"), QStringLiteral("#b91c1c")};
    case EntityKind::StepRun: return {QStringLiteral("box"), QStringLiteral("#dbeafe"), QStringLiteral("#1d4ed8")};
    case EntityKind::NotebookRun: return {QStringLiteral("octagon"), QStringLiteral("#fce7f3"), QStringLiteral("#be185d")};
    case EntityKind::PipelineExecution:
        return {QStringLiteral("ellipse"), QStringLiteral("#dcfce7"), QStringLiteral("#15803d")};
    case EntityKind::ModelPackage: return {QStringLiteral("house"), QStringLiteral("#fae8ff"), QStringLiteral("#a21caf")};
    case EntityKind::Endpoint:
        return {QStringLiteral("doublecircle"), QStringLiteral("#ffedd5"), QStringLiteral("#c2410c")};
    }
    return {QStringLiteral("box"), QStringLiteral("#ffffff"), QStringLiteral("#000000")};
}

} // namespace mlops
