#include "models/messageexporter.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "models/messageformat.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

QString isoUtc(const QJsonValue &ms)
{
    const auto v = qint64(ms.toDouble());
    return v > 0 ? QDateTime::fromMSecsSinceEpoch(v, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

constexpr int deadLetterBatch = 20;

} // namespace

MessageExporter::MessageExporter(Api::ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

MessageExporter::~MessageExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

MessageExporter::Format MessageExporter::formatForPath(const QString &path)
{
    return path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? Format::Csv : Format::Json;
}

QString MessageExporter::csvHeader()
{
    return u"store_time,msg_id,uniq_key,topic,keys,tags,queue_id,queue_offset,store_size,reconsume_times,"
           "born_time,born_host,store_host,body\r\n"_s;
}

QString MessageExporter::csvLine(const QJsonObject &m)
{
    using MessageFormat::csvEscape;
    const QStringList cells = {
        isoUtc(m.value(u"store_timestamp")),
        csvEscape(m.value(u"msg_id").toString()),
        csvEscape(MessageFormat::propertyValue(m.value(u"property_list"), "UNIQ_KEY"_L1)),
        csvEscape(m.value(u"topic").toString()),
        csvEscape(MessageFormat::propertyValue(m.value(u"property_list"), "KEYS"_L1)),
        csvEscape(MessageFormat::propertyValue(m.value(u"property_list"), "TAGS"_L1)),
        QString::number(m.value(u"queue_id").toInteger()),
        QString::number(m.value(u"queue_offset").toInteger()),
        QString::number(m.value(u"store_size").toInteger()),
        QString::number(m.value(u"reconsume_times").toInteger()),
        isoUtc(m.value(u"born_timestamp")),
        csvEscape(m.value(u"born_host").toString()),
        csvEscape(m.value(u"store_host").toString()),
        csvEscape(m.value(u"body").toString()),
    };
    return cells.join(u',') + u"\r\n"_s;
}

bool MessageExporter::begin(Format format, const QString &path, qint64 total)
{
    cancel();
    m_format = format;
    m_path = path;
    m_written = 0;
    m_total = total;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = m_file->errorString();
        m_file.reset();
        // Report from the event loop so callers can connect after starting.
        QTimer::singleShot(0, this, [this, why] { Q_EMIT failed(tr("Cannot write %1: %2").arg(m_path, why)); });
        return false;
    }
    m_file->write(format == Format::Json ? QByteArrayLiteral("[\n") : csvHeader().toUtf8());
    m_running = true;
    return true;
}

void MessageExporter::exportAll(const MessageQuery &query, qint64 total, Format format, const QString &path)
{
    if (!begin(format, path, total))
        return;
    m_query = query;
    m_selection = false;
    m_steps = {Step {Step::Kind::Page, 0, {}}};
    QTimer::singleShot(0, this, &MessageExporter::next);
}

void MessageExporter::exportSelected(const MessageQuery &query, const QStringList &msgIds, const QList<int> &rowHints,
                                     int pageSize, Format format, const QString &path)
{
    if (!begin(format, path, msgIds.size()))
        return;
    m_query = query;
    m_pageSize = pageSize;
    m_selection = true;
    m_remaining = QSet<QString>(msgIds.cbegin(), msgIds.cend());
    std::set<qint64> pages;
    for (int row : rowHints)
        pages.insert(qint64(row / pageSize) * pageSize);
    m_steps.clear();
    for (qint64 offset : pages)
        m_steps.append(Step {Step::Kind::Page, offset, {}});
    // A trailing ById step picks up whatever the pages did not contain.
    m_steps.append(Step {Step::Kind::ById, 0, {}});
    QTimer::singleShot(0, this, &MessageExporter::next);
}

void MessageExporter::exportDeadLetters(const QString &instanceId, const QString &dlqTopic, const QStringList &msgIds,
                                        Format format, const QString &path)
{
    if (!begin(format, path, msgIds.size()))
        return;
    m_instanceId = instanceId;
    m_dlqTopic = dlqTopic;
    m_selection = false;
    m_steps.clear();
    for (qsizetype i = 0; i < msgIds.size(); i += deadLetterBatch)
        m_steps.append(Step {Step::Kind::DeadLetterBatch, 0, msgIds.mid(i, deadLetterBatch)});
    QTimer::singleShot(0, this, &MessageExporter::next);
}

void MessageExporter::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
    }
    m_steps.clear();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    Q_EMIT cancelled();
}

void MessageExporter::next()
{
    if (!m_running)
        return;
    if (m_steps.isEmpty()) {
        finish();
        return;
    }
    Step step = m_steps.takeFirst();
    if (step.kind == Step::Kind::ById) {
        if (m_remaining.isEmpty()) {
            next();
            return;
        }
        // One call per missing id: queue them as single-id steps.
        const QStringList missing(m_remaining.cbegin(), m_remaining.cend());
        for (const QString &id : missing)
            m_steps.append(Step {Step::Kind::ById, -1, {id}});
        if (step.offset == 0) {
            next();
            return;
        }
    }
    Api::ApiCall *call = nullptr;
    bool filter = m_selection;
    switch (step.kind) {
    case Step::Kind::Page:
        call = m_client->call(u"list_messages"_s, m_query.toParams(step.offset, m_pageSize), this);
        break;
    case Step::Kind::ById: {
        MessageQuery byId = m_query;
        byId.mode = MessageQuery::Mode::MessageId;
        byId.msgId = step.ids.value(0);
        call = m_client->call(u"list_messages"_s, byId.toParams(0, m_pageSize), this);
        break;
    }
    case Step::Kind::DeadLetterBatch: {
        QJsonObject body {{u"topic"_s, m_dlqTopic}, {u"msg_id_list"_s, QJsonArray::fromStringList(step.ids)}};
        call = m_client->call(u"export_dead_letter_messages"_s, {{u"instance_id"_s, m_instanceId}}, this,
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
        filter = false;
        break;
    }
    }
    m_call = call;
    const qint64 offset = step.offset;
    const Step::Kind kind = step.kind;
    const QString singleId = step.ids.value(0);
    connect(call, &Api::ApiCall::finished, this,
            [this, call, offset, kind, filter, singleId](const QJsonDocument &doc) {
                call->deleteLater();
                if (!m_running)
                    return;
                const QJsonArray messages = doc.isArray() ? doc.array() : doc.object().value(u"messages").toArray();
                writeMessages(messages, filter);
                if (kind == Step::Kind::ById)
                    m_remaining.remove(singleId); // not found: skipped, counted in the summary
                if (!m_running)
                    return;
                if (kind == Step::Kind::Page && !m_selection) {
                    const auto total = qint64(doc.object().value(u"total").toDouble(double(m_total)));
                    if (total != m_total)
                        m_total = total;
                    if (messages.size() == m_pageSize && offset + m_pageSize < m_total)
                        m_steps.prepend(Step {Step::Kind::Page, offset + m_pageSize, {}});
                }
                Q_EMIT progress(m_written, m_total);
                next();
            });
    connect(call, &Api::ApiCall::failed, this, [this, call](const Api::ApiError &error) {
        call->deleteLater();
        fail(tr("Export stopped: %1").arg(error.toString()));
    });
}

void MessageExporter::writeMessages(const QJsonArray &messages, bool onlySelected)
{
    QByteArray chunk;
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        if (onlySelected && !m_remaining.remove(m.value(u"msg_id").toString()))
            continue;
        if (m_format == Format::Json) {
            if (m_written > 0)
                chunk += ",\n";
            chunk += QJsonDocument(m).toJson(QJsonDocument::Compact);
        } else {
            chunk += csvLine(m).toUtf8();
        }
        ++m_written;
    }
    if (m_file->write(chunk) != chunk.size())
        fail(tr("Cannot write %1: %2").arg(m_path, m_file->errorString()));
}

void MessageExporter::fail(const QString &message)
{
    m_running = false;
    m_steps.clear();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    Q_EMIT failed(message);
}

void MessageExporter::finish()
{
    if (m_format == Format::Json)
        m_file->write(m_written > 0 ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("]\n"));
    if (!m_file->commit()) {
        const QString why = m_file->errorString();
        m_file.reset();
        m_running = false;
        Q_EMIT failed(tr("Cannot save %1: %2. Any previous file was kept.").arg(m_path, why));
        return;
    }
    m_file.reset();
    m_running = false;
    Q_EMIT progress(m_written, m_written);
    Q_EMIT finished(m_path, m_written);
}

} // namespace Models
