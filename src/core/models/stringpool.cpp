#include "models/stringpool.h"

namespace Models {

StringPool::StringPool()
{
    clear();
}

quint32 StringPool::intern(const QString &value)
{
    if (value.isEmpty())
        return 0;
    const auto it = m_index.constFind(value);
    if (it != m_index.constEnd())
        return it.value();
    const auto id = quint32(m_values.size());
    m_values.push_back(value);
    m_index.insert(value, id);
    return id;
}

void StringPool::clear()
{
    m_values.clear();
    m_index.clear();
    m_values.emplace_back();
}

StringArena::StringArena()
{
    clear();
}

quint32 StringArena::add(const QString &value)
{
    const auto id = quint32(m_offsets.size() - 1);
    m_data += value.toUtf8();
    m_offsets.push_back(quint32(m_data.size()));
    return id;
}

QByteArrayView StringArena::utf8At(quint32 id) const
{
    if (id + 1 >= m_offsets.size())
        return {};
    const quint32 begin = m_offsets[id];
    return QByteArrayView(m_data.constData() + begin, qsizetype(m_offsets[id + 1] - begin));
}

QString StringArena::at(quint32 id) const
{
    return QString::fromUtf8(utf8At(id));
}

void StringArena::clear()
{
    m_data.clear();
    m_offsets.assign(1, 0);
}

} // namespace Models
