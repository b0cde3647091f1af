#include "models/messageformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Models::MessageFormat {

namespace {

bool isAscii(const QByteArray &body)
{
    for (char c : body) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Control characters other than tab, LF, CR, FF and ESC make a "text" body look binary.
bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != 0x1b)
            ++controls;
    }
    // A few stray control bytes happen in real text; more than 1 in 32 is data.
    return controls > 0 && controls * 32 > text.size();
}

} // namespace

BodyEncoding detectEncoding(const QByteArray &body)
{
    BodyEncoding e;
    if (body.isEmpty())
        return e;
    if (body.startsWith("\xEF\xBB\xBF")) {
        e.kind = BodyEncoding::Kind::Utf8;
        e.bomLength = 3;
        return e;
    }
    if (body.size() % 2 == 0 && body.startsWith("\xFF\xFE")) {
        e.kind = BodyEncoding::Kind::Utf16Le;
        e.bomLength = 2;
        return e;
    }
    if (body.size() % 2 == 0 && body.startsWith("\xFE\xFF")) {
        e.kind = BodyEncoding::Kind::Utf16Be;
        e.bomLength = 2;
        return e;
    }
    if (isAscii(body)) {
        e.kind = looksBinary(QString::fromLatin1(body)) ? BodyEncoding::Kind::Binary : BodyEncoding::Kind::Ascii;
        return e;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(body);
    if (decoder.hasError() || looksBinary(text)) {
        e.kind = BodyEncoding::Kind::Binary;
        return e;
    }
    e.kind = BodyEncoding::Kind::Utf8;
    return e;
}

QString encodingName(BodyEncoding::Kind kind)
{
    switch (kind) {
    case BodyEncoding::Kind::Empty:
        return u"empty"_s;
    case BodyEncoding::Kind::Ascii:
        return u"ASCII"_s;
    case BodyEncoding::Kind::Utf8:
        return u"UTF-8"_s;
    case BodyEncoding::Kind::Utf16Le:
        return u"UTF-16LE"_s;
    case BodyEncoding::Kind::Utf16Be:
        return u"UTF-16BE"_s;
    case BodyEncoding::Kind::Binary:
        return u"binary"_s;
    }
    return {};
}

QString decodeBody(const QByteArray &body, const BodyEncoding &encoding)
{
    const QByteArray payload = body.mid(encoding.bomLength);
    switch (encoding.kind) {
    case BodyEncoding::Kind::Empty:
        return {};
    case BodyEncoding::Kind::Ascii:
    case BodyEncoding::Kind::Utf8:
        return QString::fromUtf8(payload);
    case BodyEncoding::Kind::Utf16Le: {
        QStringDecoder d(QStringDecoder::Utf16LE);
        return d.decode(payload);
    }
    case BodyEncoding::Kind::Utf16Be: {
        QStringDecoder d(QStringDecoder::Utf16BE);
        return d.decode(payload);
    }
    case BodyEncoding::Kind::Binary:
        return QString::fromLatin1(payload);
    }
    return {};
}

QString formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return u"%1 B"_s.arg(bytes);
    const QLocale c = QLocale::c();
    if (bytes < 1024 * 1024)
        return u"%1 KB"_s.arg(c.toString(bytes / 1024.0, 'f', 1));
    if (bytes < 1024LL * 1024 * 1024)
        return u"%1 MB"_s.arg(c.toString(bytes / (1024.0 * 1024.0), 'f', 1));
    return u"%1 GB"_s.arg(c.toString(bytes / (1024.0 * 1024.0 * 1024.0), 'f', 1));
}

QString hexDump(const QByteArray &data)
{
    QString out;
    out.reserve(data.size() * 4 + data.size() / 16 * 12);
    static constexpr char16_t digits[] = u"0123456789abcdef";
    for (qsizetype line = 0; line < data.size(); line += 16) {
        out += u"%1  "_s.arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = line; i < line + 16; ++i) {
            if (i < data.size()) {
                const auto b = static_cast<unsigned char>(data.at(i));
                out += QChar(digits[b >> 4]);
                out += QChar(digits[b & 0xf]);
                out += u' ';
                ascii += (b >= 0x20 && b < 0x7f) ? QChar(char16_t(b)) : QChar(u'.');
            } else {
                out += u"   "_s;
            }
            if (i == line + 7)
                out += u' ';
        }
        out += u' ' + ascii + u'\n';
    }
    return out;
}

QString prettyJson(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return {};
    QJsonParseError error;
    QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    // Re-indent the text itself: QJsonDocument would sort object keys and rewrite numbers,
    // and a support engineer needs to see the body as the producer wrote it.
    const QString text = QString::fromUtf8(trimmed);
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&out, &depth] {
        out += u'\n';
        out += QString(depth * 4, u' ');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < text.size())
                out += text.at(++i);
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            // Empty containers stay on one line.
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isSpace())
                ++j;
            if (j < text.size() && (text.at(j) == u'}' || text.at(j) == u']')) {
                out += c;
                out += text.at(j);
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            if (!c.isSpace())
                out += c;
        }
    }
    out += u'\n';
    return out;
}

QString propertyValue(const QJsonValue &list, QLatin1StringView name)
{
    if (list.isObject())
        return list[u"name"].toString() == name ? list[u"value"].toString() : QString();
    const QJsonArray array = list.toArray();
    for (const QJsonValue &p : array) {
        if (p[u"name"].toString() == name)
            return p[u"value"].toString();
    }
    return {};
}

QString csvEscape(const QString &cell)
{
    QString value = cell;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            value.prepend(u'\'');
    }
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r') || value.contains(u';');
    if (!needsQuotes)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

} // namespace Models::MessageFormat
