#pragma once

#include <QString>

namespace TestSupport {

/// Folder with the test fixtures (tests/data), from MQDESK_TEST_DATA or the source tree.
QString dataDir();
/// Reads tests/data/<name>; fails the calling test (QFAIL-style assertion) when missing.
QByteArray readData(const QString &name);

} // namespace TestSupport
