// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
#include "core/common/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mlops {

bool installTranslations(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    const QString directory = QStringLiteral(":/i18n");
    auto *own = new QTranslator(&app);
    bool translated = own->load(locale, QStringLiteral("mlopsstudio"), QStringLiteral("_"),
                                directory);
    // English is the source language; its catalogue only holds the plural forms
    // ("1 change", "2 changes"), for every language without a catalogue of its own.
    if (!translated && !own->load(QStringLiteral("mlopsstudio_en"), directory)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (!translated || own->language().startsWith(QStringLiteral("en")))
        return false;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace mlops
