// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

#include <QColor>

/** Colours of the lineage graph beyond each kind's own (core/lineage/lineagestyle.h). */
namespace mlops::lineagepalette {

inline QColor focus() { return QColor(0x11, 0x18, 0x27); }
inline QColor upstream() { return QColor(0xb4, 0x53, 0x09); }     ///< amber: where it came from
inline QColor downstream() { return QColor(0x1d, 0x4e, 0xd8); }   ///< blue: what it fed
inline QColor edge() { return QColor(0x9c, 0xa3, 0xaf); }
inline QColor edgeLabel() { return QColor(0x4b, 0x55, 0x63); }
inline QColor text() { return QColor(0x11, 0x18, 0x27); }
inline QColor mutedText() { return QColor(0x4b, 0x55, 0x63); }
inline QColor background() { return QColor(0xfa, 0xfb, 0xfc); }

} // namespace mlops::lineagepalette
