// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include "core/lineage/lineagegraph.h"

#include <QString>

namespace mlops {

/**
 * The graph in Graphviz's DOT language, left to right, each kind with its shape and
 * colours (lineagekindStyle()), edges labelled by association and the focus drawn bold:
 * `mlops lineage ID --dot | dot -Tsvg > lineage.svg`. Node ids are `e<entity id>`.
 */
QString lineageToDot(const LineageGraph &graph);

/** A DOT label for an entity: its name, kind and short id on separate lines. */
QString lineageDotLabel(const LineageEntity &entity);

} // namespace mlops
