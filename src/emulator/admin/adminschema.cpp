#include "adminschema.h"

#include "store.h"

using namespace Qt::StringLiterals;

namespace Emulator::Admin {

bool migrateSchema(Store &store, QString *error)
{
    // `data` columns hold the JSON fields the emulator only stores and echoes back.
    const QList<Store::Migration> steps {
        {1,
         {u"CREATE TABLE instances ("
          " id TEXT PRIMARY KEY, project_id TEXT NOT NULL, name TEXT NOT NULL, engine TEXT NOT NULL,"
          " engine_version TEXT NOT NULL, status TEXT NOT NULL, broker_num INTEGER NOT NULL,"
          " created_at INTEGER NOT NULL, ready_at INTEGER NOT NULL, data TEXT NOT NULL DEFAULT '{}')"_s,
          u"CREATE INDEX instances_project ON instances(project_id, created_at)"_s,
          u"CREATE TABLE topics ("
          " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE, name TEXT NOT NULL,"
          " permission TEXT NOT NULL, message_type TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
          " brokers TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY(instance_id, name))"_s,
          u"CREATE TABLE consumer_groups ("
          " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE, name TEXT NOT NULL,"
          " enabled INTEGER NOT NULL, broadcast INTEGER NOT NULL, consume_orderly INTEGER NOT NULL,"
          " retry_max_times INTEGER NOT NULL, description TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,"
          " PRIMARY KEY(instance_id, name))"_s,
          u"CREATE TABLE users ("
          " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE, access_key TEXT NOT NULL,"
          " secret_key TEXT NOT NULL, white_remote_address TEXT NOT NULL DEFAULT '', admin INTEGER NOT NULL,"
          " default_topic_perm TEXT NOT NULL, default_group_perm TEXT NOT NULL, topic_perms TEXT NOT NULL,"
          " group_perms TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY(instance_id, access_key))"_s,
          u"CREATE TABLE instance_tags ("
          " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE, key TEXT NOT NULL,"
          " value TEXT NOT NULL, PRIMARY KEY(instance_id, key))"_s,
          u"CREATE TABLE tasks ("
          " id TEXT PRIMARY KEY, instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
          " name TEXT NOT NULL, params TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, user_name TEXT NOT NULL,"
          " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
          u"CREATE INDEX tasks_instance ON tasks(instance_id, created_at)"_s,
          u"CREATE TABLE instance_configs ("
          " instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE, name TEXT NOT NULL,"
          " value TEXT NOT NULL, PRIMARY KEY(instance_id, name))"_s,
          u"CREATE TABLE metadata_tasks ("
          " id TEXT PRIMARY KEY, instance_id TEXT NOT NULL REFERENCES instances(id) ON DELETE CASCADE,"
          " name TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL, overwrite INTEGER NOT NULL,"
          " content TEXT NOT NULL, created_at INTEGER NOT NULL)"_s}},
    };
    return store.migrate(u"admin"_s, steps, error);
}

} // namespace Emulator::Admin
