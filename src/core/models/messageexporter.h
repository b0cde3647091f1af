#pragma once

#include "models/messagequery.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class QSaveFile;

namespace Api {
class ApiCall;
class ApiClient;
} // namespace Api

namespace Models {

/// Writes messages to a JSON or CSV file without blocking: pages are fetched one call at a
/// time and written as they arrive, with progress and cancel. The file is written through
/// QSaveFile, so a failed or cancelled export leaves any previous file untouched.
class MessageExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageExporter)
public:
    enum class Format { Json, Csv };

    explicit MessageExporter(Api::ApiClient *client, QObject *parent = nullptr);
    ~MessageExporter() override;

    static Format formatForPath(const QString &path);

    /// Every message of the query (total as the table reported it, for progress).
    void exportAll(const MessageQuery &query, qint64 total, Format format, const QString &path);
    /// Selected messages: ids, with their row numbers in the result as hints (rows / page size
    /// tell which pages to fetch); ids not found there are fetched one by one.
    void exportSelected(const MessageQuery &query, const QStringList &msgIds, const QList<int> &rowHints, int pageSize,
                        Format format, const QString &path);
    /// Dead letters through export_dead_letter_messages, in batches.
    void exportDeadLetters(const QString &instanceId, const QString &dlqTopic, const QStringList &msgIds, Format format,
                           const QString &path);

    void cancel();
    bool isRunning() const { return m_running; }
    qint64 written() const { return m_written; }

    /// The CSV header and one line for one message object (pure, for tests).
    static QString csvHeader();
    static QString csvLine(const QJsonObject &message);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const QString &path, qint64 count);
    void failed(const QString &message);
    void cancelled();

private:
    struct Step
    {
        enum class Kind { Page, ById, DeadLetterBatch } kind;
        qint64 offset = 0;
        QStringList ids;
    };
    bool begin(Format format, const QString &path, qint64 total);
    void next();
    void writeMessages(const QJsonArray &messages, bool onlySelected);
    void fail(const QString &message);
    void finish();

    Api::ApiClient *m_client;
    MessageQuery m_query;
    int m_pageSize = 50;
    Format m_format = Format::Json;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QList<Step> m_steps;
    QSet<QString> m_remaining; ///< selection not yet written
    bool m_selection = false;
    QPointer<Api::ApiCall> m_call;
    bool m_running = false;
    qint64 m_written = 0;
    qint64 m_total = 0;
    QString m_instanceId;
    QString m_dlqTopic;
};

} // namespace Models
