// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#pragma once

class QCoreApplication;

namespace mlops {

/**
 * Installs the translation for the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
 * embedded in the program as `:/i18n/mlopsstudio_<lang>.qm`, plus Qt's own. Other
 * languages get the English catalogue, which holds only plural forms. Returns true when
 * the program speaks a language other than English.
 */
bool installTranslations(QCoreApplication &app);

} // namespace mlops
