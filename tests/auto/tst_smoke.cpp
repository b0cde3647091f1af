#include "testsupport.h"

#include <QFile>
#include <QtTest>

class tst_Smoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void operationsResourceIsEmbedded()
    {
        QFile f(QStringLiteral(":/api/operations.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.size() > 1000);
    }
    void testDataIsThere() { QVERIFY(TestSupport::readData(QStringLiteral("signing-vectors.json")).size() > 1000); }
};

QTEST_GUILESS_MAIN(tst_Smoke)
#include "tst_smoke.moc"
