#include "brokerschema.h"

#include "store.h"

using namespace Qt::StringLiterals;

namespace Emulator::Broker {

bool migrateSchema(Store &store, QString *error)
{
    // Sized for millions of messages: instances and topics are interned as small integers,
    // the offsetMsgId is not stored (host + commit-log offset rebuild it), and every lookup
    // the API needs is one index range:
    //   (queue, offset)          consumption, per-queue paging, reset-by-time binary search
    //   (host, commit offset)    query by offsetMsgId
    //   (topic, store time)      query by time range, newest first
    //   keys(kind, key, message) query by key (kind 0, each KEYS token) and by UNIQ_KEY (kind 1)
    const QList<Store::Migration> steps {
        {1,
         {u"CREATE TABLE broker_hosts ("
          " id INTEGER PRIMARY KEY, instance_id TEXT NOT NULL, broker_name TEXT NOT NULL, ip TEXT NOT NULL,"
          " port INTEGER NOT NULL, commit_offset INTEGER NOT NULL DEFAULT 0, UNIQUE(instance_id, broker_name))"_s,
          u"CREATE TABLE broker_topics ("
          " id INTEGER PRIMARY KEY, instance_id TEXT NOT NULL, name TEXT NOT NULL, UNIQUE(instance_id, name))"_s,
          u"CREATE TABLE broker_queues ("
          " id INTEGER PRIMARY KEY, topic_id INTEGER NOT NULL, host_id INTEGER NOT NULL, queue_id INTEGER NOT NULL,"
          " min_offset INTEGER NOT NULL DEFAULT 0, max_offset INTEGER NOT NULL DEFAULT 0,"
          " last_store_ts INTEGER NOT NULL DEFAULT 0, UNIQUE(topic_id, host_id, queue_id))"_s,
          u"CREATE TABLE broker_messages ("
          " id INTEGER PRIMARY KEY, queue_ref INTEGER NOT NULL, topic_id INTEGER NOT NULL, host_id INTEGER NOT NULL,"
          " queue_offset INTEGER NOT NULL, commit_offset INTEGER NOT NULL, uniq_key TEXT NOT NULL,"
          " tags TEXT NOT NULL, properties TEXT NOT NULL, body BLOB NOT NULL, body_crc INTEGER NOT NULL,"
          " store_size INTEGER NOT NULL, born_ts INTEGER NOT NULL, store_ts INTEGER NOT NULL,"
          " born_host TEXT NOT NULL, reconsume_times INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE UNIQUE INDEX broker_messages_queue ON broker_messages(queue_ref, queue_offset)"_s,
          u"CREATE UNIQUE INDEX broker_messages_commit ON broker_messages(host_id, commit_offset)"_s,
          u"CREATE INDEX broker_messages_time ON broker_messages(topic_id, store_ts)"_s,
          u"CREATE TABLE broker_keys (kind INTEGER NOT NULL, key TEXT NOT NULL, message_id INTEGER NOT NULL,"
          " PRIMARY KEY(kind, key, message_id)) WITHOUT ROWID"_s,
          u"CREATE TABLE broker_offsets (instance_id TEXT NOT NULL, group_name TEXT NOT NULL,"
          " queue_ref INTEGER NOT NULL, offset INTEGER NOT NULL,"
          " PRIMARY KEY(instance_id, group_name, queue_ref)) WITHOUT ROWID"_s,
          u"CREATE TABLE broker_clients (instance_id TEXT NOT NULL, group_name TEXT NOT NULL,"
          " client_id TEXT NOT NULL, client_addr TEXT NOT NULL, language TEXT NOT NULL, version TEXT NOT NULL,"
          " subscriptions TEXT NOT NULL, online INTEGER NOT NULL DEFAULT 1,"
          " PRIMARY KEY(instance_id, group_name, client_id))"_s,
          u"CREATE TABLE broker_group_sim (instance_id TEXT NOT NULL, group_name TEXT NOT NULL,"
          " rate REAL NOT NULL, failure_permille INTEGER NOT NULL DEFAULT 0,"
          " PRIMARY KEY(instance_id, group_name))"_s,
          u"CREATE TABLE broker_schedule (id INTEGER PRIMARY KEY, instance_id TEXT NOT NULL,"
          " group_name TEXT NOT NULL, message_id INTEGER NOT NULL, due_ts INTEGER NOT NULL)"_s,
          u"CREATE INDEX broker_schedule_due ON broker_schedule(due_ts)"_s,
          u"CREATE TABLE broker_traces (id INTEGER PRIMARY KEY, instance_id TEXT NOT NULL, msg_id TEXT NOT NULL,"
          " trace_type TEXT NOT NULL, ts INTEGER NOT NULL, group_name TEXT NOT NULL, cost_time INTEGER NOT NULL,"
          " request_id TEXT NOT NULL, success INTEGER NOT NULL, consume_status INTEGER NOT NULL,"
          " topic TEXT NOT NULL, offset_msg_id TEXT NOT NULL, tags TEXT NOT NULL, keys TEXT NOT NULL,"
          " store_host TEXT NOT NULL, client_host TEXT NOT NULL, retry_times INTEGER NOT NULL,"
          " body_length INTEGER NOT NULL, msg_type TEXT NOT NULL)"_s,
          u"CREATE INDEX broker_traces_msg ON broker_traces(msg_id, ts)"_s}},
        // Simulated producers: keep sending to a topic at a rate (the demo's live traffic).
        {2,
         {u"CREATE TABLE broker_producers (instance_id TEXT NOT NULL, project_id TEXT NOT NULL, topic TEXT NOT NULL,"
          " producer_group TEXT NOT NULL, rate REAL NOT NULL, PRIMARY KEY(instance_id, topic))"_s}},
        // Offsets by queue: the groups of a topic (list_topic_consumer_groups) and topic deletion.
        {3, {u"CREATE INDEX broker_offsets_queue ON broker_offsets(queue_ref)"_s}},
    };
    return store.migrate(u"broker"_s, steps, error);
}

} // namespace Emulator::Broker
