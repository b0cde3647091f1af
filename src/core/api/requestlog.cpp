#include "api/requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Api {

namespace {

constexpr qsizetype MaxStoredBody = 16 * 1024;
const QByteArray Mask = QByteArrayLiteral("***");

QJsonValue redactJson(const QJsonValue &value, bool secretKey)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redactJson(it.value(), RequestLog::isSecretName(it.key().toUtf8()));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactJson(*it, secretKey);
        return array;
    }
    if (secretKey && !value.isNull())
        return QString::fromLatin1(Mask);
    return value;
}

/// key=value&... (a query or a form body): values of secret-looking keys -> ***.
QByteArray redactPairs(const QByteArray &encoded)
{
    QList<QByteArray> pairs = encoded.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        if (eq >= 0 && RequestLog::isSecretName(key))
            pair = pair.left(eq + 1) + Mask;
    }
    return pairs.join('&');
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

RequestLog::RequestLog(QObject *parent) : QAbstractTableModel(parent) { }

RequestLog::~RequestLog() = default;

void RequestLog::setCapacity(int entries)
{
    m_capacity = std::max(1, entries);
    if (m_entries.size() > m_capacity) {
        const int drop = int(m_entries.size()) - m_capacity;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
}

void RequestLog::add(RequestLogEntry entry)
{
    entry.id = m_nextId++;
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(std::move(entry));
    endInsertRows();
    Q_EMIT entryAdded(m_entries.constLast());
}

void RequestLog::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

bool RequestLog::isSecretName(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" || lower == "set-cookie" ||
        lower == "sk" || lower == "ak_secret")
        return true;
    return lower.contains("password") || lower.contains("passwd") || lower.contains("secret") ||
        lower.contains("token") || lower.contains("credential") || lower.contains("signature");
}

QList<QPair<QByteArray, QByteArray>> RequestLog::redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
            // "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex": the signed header
            // list helps to debug a signature mismatch, the rest is masked.
            static const QRegularExpression signedHeaders(QStringLiteral("SignedHeaders=([^,\\s]+)"));
            const QString text = QString::fromLatin1(value);
            const auto match = signedHeaders.match(text);
            const QByteArray scheme = value.left(value.indexOf(' '));
            QByteArray masked = scheme.isEmpty() || scheme == value ? Mask : scheme + " " + Mask;
            if (match.hasMatch())
                masked = scheme + " Access=" + Mask + ", SignedHeaders=" + match.captured(1).toLatin1() +
                    ", Signature=" + Mask;
            out.append({name, masked});
        } else if (isSecretName(name)) {
            out.append({name, Mask});
        } else {
            out.append({name, value});
        }
    }
    return out;
}

QByteArray RequestLog::redactBody(const QByteArray &body, const QByteArray &contentType, bool *truncated)
{
    if (truncated)
        *truncated = false;
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QByteArray out;
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        const QJsonValue redacted =
            redactJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), false);
        out = redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
    } else if (contentType.contains("x-www-form-urlencoded")) {
        out = redactPairs(body);
    } else {
        // Not JSON: no structure to redact by, so keep only harmless-looking text.
        const QByteArray lower = body.left(MaxStoredBody).toLower();
        const bool text = contentType.startsWith("text/") || contentType.contains("json");
        const bool suspicious = lower.contains("password") || lower.contains("secret") || lower.contains("token");
        QStringDecoder utf8(QStringDecoder::Utf8);
        [[maybe_unused]] const QString decoded = utf8(body.left(MaxStoredBody));
        if (!text || suspicious || utf8.hasError())
            return "<" + QByteArray::number(body.size()) + " bytes not shown>";
        out = body;
    }
    if (out.size() > MaxStoredBody) {
        out.truncate(MaxStoredBody);
        if (truncated)
            *truncated = true;
    }
    return out;
}

QUrl RequestLog::redactUrl(const QUrl &url)
{
    if (!url.hasQuery())
        return url;
    QUrl out = url;
    out.setQuery(QString::fromLatin1(redactPairs(url.query(QUrl::FullyEncoded).toLatin1())), QUrl::TolerantMode);
    return out;
}

QString RequestLog::toCurl(const RequestLogEntry &entry)
{
    QString first = QStringLiteral("curl ");
    if (entry.method != "GET")
        first += QStringLiteral("-X ") + QString::fromLatin1(entry.method) + u' ';
    QStringList parts {first + shellQuote(entry.url.toString(QUrl::FullyEncoded))};
    for (const auto &[name, value] : entry.requestHeaders)
        parts << QStringLiteral("-H ") +
                shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    if (!entry.requestBody.isEmpty())
        parts << QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(entry.requestBody));
    QString command = parts.join(QStringLiteral(" \\\n  "));
    if (entry.bodyTruncated)
        command += QStringLiteral("\n# body shortened in the log");
    return command;
}

int RequestLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry &e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return QVariant::fromValue(e.id);
    case IsErrorRole:
        return e.isError();
    case HttpStatusRole:
        return e.httpStatus;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return e.time.toString(Qt::ISODateWithMs);
        return e.isError() ? e.error : e.url.toDisplayString();
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return QString::fromLatin1(e.method);
    case StatusColumn:
        return e.httpStatus > 0 ? QString::number(e.httpStatus) : (e.isError() ? tr("failed") : QString());
    case DurationColumn:
        return tr("%1 ms").arg(e.durationMs);
    case SizeColumn:
        return QLocale().formattedDataSize(e.bytesIn);
    case OperationColumn:
        return e.attempt > 1 ? tr("%1 (attempt %2)").arg(e.operationId).arg(e.attempt) : e.operationId;
    case UrlColumn:
        return e.url.toDisplayString();
    case RequestIdColumn:
        return QString::fromLatin1(e.requestId);
    case ErrorColumn:
        return e.error;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Received");
    case OperationColumn:
        return tr("Operation");
    case UrlColumn:
        return tr("URL");
    case RequestIdColumn:
        return tr("Request ID");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Api
