#include "testsupport.h"

#include <QFile>
#include <QtTest>

namespace TestSupport {

QString dataDir()
{
    const QByteArray env = qgetenv("MQDESK_TEST_DATA");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStringLiteral(MQDESK_TEST_DATA_DIR);
}

QByteArray readData(const QString &name)
{
    QFile file(dataDir() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data missing: %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace TestSupport
