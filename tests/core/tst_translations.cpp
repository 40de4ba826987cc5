// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 MLOps Studio contributors
// The catalogues in translations/ are complete: every entry translated, with the same
// placeholders as its source, and no string in the sources that a catalogue lacks (a
// new tr() without its German translation fails here, and so in CI).
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest/QTest>

using namespace mlops::test;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;           ///< the translation's type attribute: unfinished, vanished…
    QStringList forms;      ///< the translation, or its numerus forms
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (name == QStringLiteral("name")) {
            context = xml.readElementText();
        } else if (name == QStringLiteral("message")) {
            current = Message{context, {},
                              xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QStringLiteral("source")) {
            current.source = xml.readElementText();
        } else if (name == QStringLiteral("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms = QStringList{xml.readElementText()};
        } else if (name == QStringLiteral("numerusform")) {
            current.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(m.captured(1));
    return found;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

QString catalogue(const QString &language)
{
    return QStringLiteral(MLOPS_TRANSLATIONS_DIR "/mlopsstudio_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("German") << QStringLiteral("de") << false;
        QTest::newRow("English plurals") << QStringLiteral("en") << true;
    }

    void cataloguesAreComplete()
    {
        QFETCH(QString, language);
        QFETCH(bool, pluralOnly);
        QString error;
        const QList<Message> messages = readCatalogue(catalogue(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems.append(QStringLiteral("%1 is %2").arg(where(m), m.type));
            if (pluralOnly && !m.numerus)
                problems.append(where(m) + QStringLiteral(" has no plural and does not belong here"));
            if (m.numerus && m.forms.size() != 2)
                problems.append(where(m) + QStringLiteral(" needs two plural forms"));
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems.append(where(m) + QStringLiteral(" is not translated"));
                    continue;
                }
                QSet<QString> expected = placeholders(m.source);
                QSet<QString> actual = placeholders(form);
                // A singular form may spell the number out ("one change"), never add one.
                if (m.numerus && !actual.contains(QStringLiteral("n")))
                    expected.remove(QStringLiteral("n"));
                if (actual != expected)
                    problems.append(where(m) + QStringLiteral(" → \"") + form
                                    + QStringLiteral("\" has other placeholders"));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyStringInTheSourcesIsInTheCatalogues_data()
    {
        cataloguesAreComplete_data();
    }

    void everyStringInTheSourcesIsInTheCatalogues()
    {
        QFETCH(QString, language);
        QFETCH(bool, pluralOnly);
        const QString lupdate = QStringLiteral(MLOPS_LUPDATE_PATH);
        MLOPS_REQUIRE(QFileInfo(lupdate).isExecutable(), QStringLiteral("lupdate (qt6-l10n-tools)"));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(catalogue(language)).fileName());
        QVERIFY(QFile::copy(catalogue(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same run as `ninja update_translations`, into the copy.
        QStringList args = QStringLiteral(MLOPS_LUPDATE_ARGS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (pluralOnly)
            args.append(QStringLiteral("-pluralonly"));
        args += QStringLiteral(MLOPS_TRANSLATED_DIRS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        args << QStringLiteral("-ts") << copy;
        const CommandResult r = runProgram(lupdate, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));

        QString error;
        const QList<Message> messages = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Message &m : messages) {
            if (m.type == QStringLiteral("unfinished"))
                missing.append(where(m));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("strings without a translation in mlopsstudio_%1.ts "
                                           "(run `ninja update_translations` and translate them):\n")
                                .arg(language)
                            + missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
