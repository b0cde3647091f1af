#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

/// Pure helpers for showing and exporting message bodies: no I/O, no widgets.
namespace Models::MessageFormat {

/// What a body looks like, as far as the bytes tell.
struct BodyEncoding
{
    enum class Kind { Empty, Ascii, Utf8, Utf16Le, Utf16Be, Binary };
    Kind kind = Kind::Empty;
    int bomLength = 0; ///< bytes of byte-order mark to skip when decoding
    bool isText() const { return kind != Kind::Binary; }
};

BodyEncoding detectEncoding(const QByteArray &body);
/// "UTF-8", "ASCII", "UTF-16LE", "binary" (untranslated, technical names).
QString encodingName(BodyEncoding::Kind kind);
/// Decodes a text body (skipping the BOM); binary bodies are decoded as Latin-1 for display.
QString decodeBody(const QByteArray &body, const BodyEncoding &encoding);

/// "512 B", "3.2 KB", "12.0 MB" (1024-based).
QString formatSize(qint64 bytes);

/// Offset + hex + ASCII columns, 16 bytes a line.
QString hexDump(const QByteArray &data);

/// Pretty-prints a JSON document; returns a null QString when body is not JSON.
QString prettyJson(const QByteArray &body);

/// Value of one entry of a message's property_list ([{name, value}]; a single object is
/// accepted too, as one vendor example prints it). Empty when absent.
QString propertyValue(const QJsonValue &propertyList, QLatin1StringView name);

/// One CSV cell (RFC 4180 quoting). Cells a spreadsheet would read as a formula (first
/// character = + - @, tab or carriage return) get a leading apostrophe (OWASP CSV injection).
QString csvEscape(const QString &cell);

} // namespace Models::MessageFormat
