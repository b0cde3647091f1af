#include "models/messagequery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

bool MessageQuery::isValid(QString *why) const
{
    auto fail = [why](const char *text) {
        if (why)
            *why = QCoreApplication::translate("Models::MessageQuery", text);
        return false;
    };
    if (instanceId.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Models::MessageQuery", "No instance selected."));
    if (topic.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Models::MessageQuery", "Choose a topic."));
    switch (mode) {
    case Mode::MessageId:
        if (msgId.trimmed().isEmpty())
            return fail(QT_TRANSLATE_NOOP("Models::MessageQuery", "Enter a message id."));
        return true;
    case Mode::Key:
        if (key.trimmed().isEmpty())
            return fail(QT_TRANSLATE_NOOP("Models::MessageQuery", "Enter a message key."));
        break;
    case Mode::TimeRange:
        break;
    }
    if (startMs <= 0 || endMs <= 0 || endMs < startMs)
        return fail(QT_TRANSLATE_NOOP("Models::MessageQuery", "The end of the time range must be after its start."));
    return true;
}

QVariantMap MessageQuery::toParams(qint64 offset, int limit) const
{
    QVariantMap p;
    p.insert(u"engine"_s, u"rocketmq"_s);
    p.insert(u"instance_id"_s, instanceId);
    p.insert(u"topic"_s, topic);
    p.insert(u"offset"_s, offset);
    p.insert(u"limit"_s, limit);
    if (!queue.isEmpty())
        p.insert(u"queue"_s, queue);
    if (mode == Mode::MessageId) {
        p.insert(u"msg_id"_s, msgId.trimmed());
        return p;
    }
    if (mode == Mode::Key)
        p.insert(u"key"_s, key.trimmed());
    p.insert(u"start_time"_s, QString::number(startMs));
    p.insert(u"end_time"_s, QString::number(endMs));
    return p;
}

} // namespace Models
