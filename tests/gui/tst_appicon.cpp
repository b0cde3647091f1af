// The application icon reaches the GUI as a Qt resource (packaging/Packaging.cmake) and the
// desktop through the .desktop entry: both must agree with the committed icon files.
#include <QColor>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppIcon final : public QObject
{
    Q_OBJECT

private slots:
    void svgRendersAtEverySize_data();
    void svgRendersAtEverySize();
    void pngsHaveTheirNominalSize_data();
    void pngsHaveTheirNominalSize();
    void desktopEntryNamesTheIconAndHandlesMqdeskUrls();
    void appIdIsTheMetainfoId();

private:
    static void addSizes();
};

void TestAppIcon::addSizes()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QTest::addRow("%d", size) << size;
}

void TestAppIcon::svgRendersAtEverySize_data()
{
    addSizes();
}

void TestAppIcon::svgRendersAtEverySize()
{
    QFETCH(int, size);
    const QIcon icon(u":/icons/mqdesk.svg"_s);
    QVERIFY2(!icon.isNull(), "no SVG icon engine, or :/icons/mqdesk.svg is not in the resources");
    const QImage image = icon.pixmap(QSize(size, size)).toImage();
    QCOMPARE(image.size(), QSize(size, size));
    // Transparent corners outside the rounded tile, the tile's blue at the top edge.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    const QRgb top = image.pixel(size / 2, size * 12 / 100);
    QCOMPARE(qAlpha(top), 255);
    QVERIFY2(qBlue(top) > qRed(top) + 60, qPrintable(QColor(top).name()));
}

void TestAppIcon::pngsHaveTheirNominalSize_data()
{
    addSizes();
}

void TestAppIcon::pngsHaveTheirNominalSize()
{
    QFETCH(int, size);
    const QImage image(u":/icons/png/mqdesk-%1.png"_s.arg(size));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
}

void TestAppIcon::desktopEntryNamesTheIconAndHandlesMqdeskUrls()
{
    const QString path = QFINDTESTDATA("../../packaging/linux/mqdesk.desktop.in");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
    const QString entry = QString::fromUtf8(file.readAll());
    const auto value = [&entry](const QString &key) {
        const QRegularExpression re(u"^"_s + key + u"=(.*)$"_s, QRegularExpression::MultilineOption);
        return re.match(entry).captured(1);
    };
    // Installed as share/icons/hicolor/<size>/apps/mqdesk.png and scalable/apps/mqdesk.svg.
    QCOMPARE(value(u"Icon"_s), u"mqdesk"_s);
    QCOMPARE(value(u"Exec"_s), u"mqdesk %u"_s);
    QVERIFY(value(u"MimeType"_s).split(u';').contains(u"x-scheme-handler/mqdesk"_s));
}

void TestAppIcon::appIdIsTheMetainfoId()
{
    QFile file(QFINDTESTDATA("../../packaging/linux/mqdesk.metainfo.xml.in"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QByteArray metainfo = file.readAll();
    QVERIFY(metainfo.contains("<id>@MQDESK_APP_ID@</id>"));
    QVERIFY(metainfo.contains("<launchable type=\"desktop-id\">@MQDESK_APP_ID@.desktop</launchable>"));
    // The id the app can hand to QGuiApplication::setDesktopFileName().
    const QString appId = QStringLiteral(MQDESK_APP_ID);
    QVERIFY2(QRegularExpression(u"^[a-z][a-z0-9]*(\\.[a-z][a-z0-9_]*){2,}$"_s).match(appId).hasMatch(),
             qPrintable(appId));
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
