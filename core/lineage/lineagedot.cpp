// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/lineage/lineagedot.h"

#include "core/lineage/lineagestyle.h"

namespace mlops {

namespace {

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString elided(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

QString lineageDotLabel(const LineageEntity &e)
{
    QString second = entityKindDisplayName(e.kind);
    if (!e.runUuid.isEmpty())
        second += QStringLiteral(" · ") + e.runUuid.left(8);
    else if (!e.hash.isEmpty())
        second += QStringLiteral(" · ") + e.hash.left(8);
    return elided(e.name, 40) + QLatin1Char('\n') + second;
}

QString lineageToDot(const LineageGraph &graph)
{
    QString dot;
    dot += QStringLiteral("digraph lineage {\n");
    dot += QStringLiteral("  graph [rankdir=LR, nodesep=0.3, ranksep=0.6, fontname=\"DejaVu Sans\"];\n");
    dot += QStringLiteral("  node [fontname=\"DejaVu Sans\", fontsize=10, style=filled, penwidth=1.2];\n");
    dot += QStringLiteral("  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#6b7280\", fontcolor=\"#4b5563\"];\n");
    for (const LineageEntity &e : graph.entities) {
        const LineageKindStyle style = lineageKindStyle(e.kind);
        dot += QStringLiteral("  e%1 [label=%2, shape=%3, fillcolor=\"%4\", color=\"%5\"%6];\n")
                   .arg(e.id)
                   .arg(quoted(lineageDotLabel(e)), style.shape, style.fill, style.stroke,
                        e.id == graph.focus ? QStringLiteral(", penwidth=3") : QString());
    }
    for (const LineageEdge &edge : graph.edges) {
        dot += QStringLiteral("  e%1 -> e%2 [label=%3];\n")
                   .arg(edge.source)
                   .arg(edge.destination)
                   .arg(quoted(associationName(edge.type)));
    }
    dot += QStringLiteral("}\n");
    return dot;
}

} // namespace mlops
