// The translations: translations/mqdesk_zh_CN.ts must be complete and current (no unfinished,
// empty or vanished entry; lupdate over today's sources would add or drop nothing), placeholders
// and accelerators survive, and the embedded .qm files load with Qt's and QtKeychain's own.
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< translation's type attribute: unfinished, vanished, obsolete or empty
    QStringList forms;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Entry();
            current.context = context;
            current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (!current.numerus) {
                current.forms = QStringList {xml.readElementText()};
                entries.append(current);
            } else {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
                entries.append(current);
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QString sourceDir()
{
    // tests/data -> the source tree
    return QDir(qEnvironmentVariable("MQDESK_TEST_DATA") + u"/../.."_s).canonicalPath();
}

QString lupdate()
{
    for (const QString &dir : {QLibraryInfo::path(QLibraryInfo::BinariesPath),
                               QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath), u"/usr/lib/qt6/bin"_s}) {
        const QString path = dir + u"/lupdate"_s;
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(u"lupdate"_s);
}

QSet<QString> keys(const QList<Entry> &entries)
{
    QSet<QString> set;
    for (const Entry &e : entries)
        set.insert(e.context + u'\x1f' + e.source);
    return set;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chineseIsComplete()
    {
        QString error;
        const QList<Entry> entries = readTs(sourceDir() + u"/translations/mqdesk_zh_CN.ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 500);
        static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
        static const QRegularExpression accelerator(u"&[^&\\s]"_s);
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = e.context + u": "_s + e.source;
            if (!e.type.isEmpty())
                problems << e.type + u" — "_s + where;
            if (e.forms.isEmpty() || e.forms.contains(QString()))
                problems << u"empty — "_s + where;
            for (const QString &form : e.forms) {
                auto it = placeholder.globalMatch(e.source);
                while (it.hasNext()) {
                    const QString ph = it.next().captured(0);
                    if (!form.contains(ph))
                        problems << u"lost "_s + ph + u" — "_s + where;
                }
                if (accelerator.match(e.source).hasMatch() && !accelerator.match(form).hasMatch() &&
                    !e.source.startsWith(u"<"_s))
                    problems << u"lost the & accelerator — "_s + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishHasPluralForms()
    {
        QString error;
        const QList<Entry> entries = readTs(sourceDir() + u"/translations/mqdesk_en.ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int numerus = 0;
        for (const Entry &e : entries) {
            if (!e.numerus)
                continue;
            ++numerus;
            QVERIFY2(e.type.isEmpty() && e.forms.size() == 2 && !e.forms.contains(QString()), qPrintable(e.source));
            QVERIFY2(e.forms.at(0) != e.forms.at(1), qPrintable(e.source));
        }
        QVERIFY(numerus > 0);
    }

    void upToDateWithTheSources()
    {
        const QString tool = lupdate();
        if (tool.isEmpty())
            QSKIP("lupdate not found");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString committed = sourceDir() + u"/translations/mqdesk_zh_CN.ts"_s;
        const QString copy = tmp.filePath(u"mqdesk_zh_CN.ts"_s);
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.setWorkingDirectory(sourceDir());
        p.start(tool,
                {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-silent"_s, u"src/app"_s, u"src/core"_s, u"ui"_s,
                 u"-ts"_s, copy});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QString error;
        const QList<Entry> before = readTs(committed, &error);
        const QList<Entry> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> added = keys(after) - keys(before);
        const QSet<QString> gone = keys(before) - keys(after);
        QVERIFY2(added.isEmpty(),
                 qPrintable(u"strings missing from the .ts (run the update_translations target and "
                            u"translate them):\n"_s +
                            QStringList(added.cbegin(), added.cend()).join(u'\n')));
        QVERIFY2(
            gone.isEmpty(),
            qPrintable(u"strings no longer in the sources:\n"_s + QStringList(gone.cbegin(), gone.cend()).join(u'\n')));
    }

    void embeddedTranslationsLoad()
    {
        const QStringList loaded = Gui::Translations::install(QCoreApplication::instance(), u"zh_CN"_s);
        QCOMPARE(QLocale().name(), u"zh_CN"_s);
        QVERIFY2(loaded.contains(u":/i18n/mqdesk_zh_CN.qm"_s), qPrintable(loaded.join(u", "_s)));
        // Ours, and Qt's own (the "OK" of standard buttons) when the distribution ships them.
        QCOMPARE(QCoreApplication::translate("Gui::MainWindow", "&File"), u"文件(&F)"_s);
        QCOMPARE(QCoreApplication::translate("Gui::MainWindow", "%n request(s) in flight", nullptr, 3),
                 u"3 个请求进行中"_s);
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_zh_CN.qm"_s))
            QVERIFY2(loaded.join(u' ').contains(u"qtbase_zh_CN.qm"_s), qPrintable(loaded.join(u", "_s)));
        QVERIFY(Gui::Translations::nativeName(u"zh_CN"_s) == u"简体中文"_s);
        QCOMPARE(Gui::Translations::nativeName(u"en"_s), u"English"_s);
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
