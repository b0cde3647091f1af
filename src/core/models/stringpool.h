#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace Models {

/// Interned strings (keys, tags, hosts, topics): each distinct value is stored once and
/// rows keep a 32-bit id. Id 0 is always the empty string.
class StringPool
{
public:
    StringPool();
    quint32 intern(const QString &value);
    const QString &at(quint32 id) const { return m_values.at(id); }
    void clear();
    qsizetype size() const { return qsizetype(m_values.size()); }

private:
    std::vector<QString> m_values;
    QHash<QString, quint32> m_index;
};

/// Append-only UTF-8 arena for values that are unique per row (message ids, body previews):
/// one allocation for all of them instead of one QString each.
class StringArena
{
public:
    StringArena();
    quint32 add(const QString &value);
    QString at(quint32 id) const;
    QByteArrayView utf8At(quint32 id) const;
    void clear();
    qsizetype bytes() const { return m_data.size(); }

private:
    QByteArray m_data;
    std::vector<quint32> m_offsets; // start of value i; one extra entry at the end
};

} // namespace Models
