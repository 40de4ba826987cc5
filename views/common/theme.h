// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QColor>
#include <QString>
#include <QIcon>

class QApplication;

namespace mlops {

/** The studio's style: Fusion, a light palette and resources/style/studio.qss. */
void applyStudioTheme(QApplication &app);

/** Colours shared by charts, badges and graph items. */
namespace theme {
QColor accent();
QColor success();
QColor warning();
QColor danger();
QColor muted();
/** Colour for a run status name (Completed, Failed, …). */
QColor statusColor(const QString &status);
/** A series colour from a fixed, colour-blind-friendly palette. */
QColor seriesColor(int index);

/**
 * A git identity "Name <email>" as rich text: the name, then the address muted. The
 * address is what tells a colleague from someone who borrowed their name.
 */
QString actorHtml(const QString &actor);
/**
 * `icon` with a white variant for the Selected mode, so a line icon stays readable on
 * the accent-coloured background of a selected navigation entry.
 */
QIcon withSelectedVariant(const QIcon &icon, const QSize &size);
} // namespace theme

} // namespace mlops
