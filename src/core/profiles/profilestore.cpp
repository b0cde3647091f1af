#include "profiles/profilestore.h"

#include "profiles/settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Profiles {

namespace {

const QString kGroup = u"profiles"_s;

QString cloudId(Profile::Cloud c)
{
    switch (c) {
    case Profile::Cloud::Sandbox:
        return u"sandbox"_s;
    case Profile::Cloud::AlibabaCloud:
        return u"alibabacloud"_s;
    case Profile::Cloud::HuaweiCloud:
        break;
    }
    return u"huaweicloud"_s;
}

QString envId(Profile::Environment e)
{
    switch (e) {
    case Profile::Environment::Dev:
        return u"dev"_s;
    case Profile::Environment::Test:
        return u"test"_s;
    case Profile::Environment::Prod:
        return u"prod"_s;
    case Profile::Environment::None:
        break;
    }
    return u"none"_s;
}

Profile::Environment envFromId(const QString &id)
{
    if (id == u"dev")
        return Profile::Environment::Dev;
    if (id == u"test")
        return Profile::Environment::Test;
    if (id == u"prod")
        return Profile::Environment::Prod;
    return Profile::Environment::None;
}

} // namespace

ProfileStore::ProfileStore(Settings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    reload();
}

ProfileStore::~ProfileStore() = default;

Profile ProfileStore::sandboxProfile()
{
    Profile p;
    p.id = Profile::sandboxId();
    p.name = QCoreApplication::translate("Profiles::ProfileStore", "Sandbox");
    p.cloud = Profile::Cloud::Sandbox;
    p.region = u"local"_s;
    p.authKind = Auth::Credentials::Kind::AkSk;
    p.environment = Profile::Environment::Dev;
    return p;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> all = m_profiles;
    all.append(sandboxProfile());
    return all;
}

bool ProfileStore::contains(const QUuid &id) const
{
    return id == Profile::sandboxId() || profile(id).isValid();
}

Profile ProfileStore::profile(const QUuid &id) const
{
    if (id == Profile::sandboxId())
        return sandboxProfile();
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return {};
}

Profile ProfileStore::findByName(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0 || p.id.toString(QUuid::WithoutBraces) == name)
            return p;
    }
    return {};
}

bool ProfileStore::save(const Profile &profile)
{
    if (!profile.isValid() || profile.id == Profile::sandboxId())
        return false;
    for (Profile &p : m_profiles) {
        if (p.id == profile.id) {
            if (p == profile)
                return true;
            p = profile;
            write(profile);
            Q_EMIT profileChanged(profile.id);
            return true;
        }
    }
    m_profiles.append(profile);
    write(profile);
    Q_EMIT profileAdded(profile.id);
    return true;
}

bool ProfileStore::remove(const QUuid &id)
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            m_profiles.removeAt(i);
            QSettings *s = m_settings->store();
            s->remove(kGroup + u'/' + id.toString(QUuid::WithoutBraces));
            QStringList order = s->value(u"profileOrder"_s).toStringList();
            order.removeAll(id.toString(QUuid::WithoutBraces));
            s->setValue(u"profileOrder"_s, order);
            Q_EMIT profileRemoved(id);
            return true;
        }
    }
    return false;
}

Profile ProfileStore::duplicate(const QUuid &id)
{
    const Profile source = profile(id);
    if (!source.isValid())
        return {};
    Profile copy = source.duplicated(QCoreApplication::translate("Profiles::ProfileStore", "(copy)"));
    if (copy.isSandbox()) // a copy of the sandbox is an ordinary profile on custom endpoints
        copy.cloud = Profile::Cloud::HuaweiCloud;
    save(copy);
    return copy;
}

void ProfileStore::reload()
{
    m_profiles.clear();
    QSettings *s = m_settings->store();
    const QStringList order = s->value(u"profileOrder"_s).toStringList();
    for (const QString &uuid : order) {
        Profile p = read(kGroup + u'/' + uuid);
        if (p.isValid())
            m_profiles.append(p);
    }
}

void ProfileStore::write(const Profile &p)
{
    QSettings *s = m_settings->store();
    const QString uuid = p.id.toString(QUuid::WithoutBraces);
    s->beginGroup(kGroup + u'/' + uuid);
    s->setValue(u"name"_s, p.name);
    s->setValue(u"cloud"_s, cloudId(p.cloud));
    s->setValue(u"region"_s, p.region);
    s->setValue(u"dmsEndpoint"_s, p.dmsEndpoint.toString());
    s->setValue(u"iamEndpoint"_s, p.iamEndpoint.toString());
    s->setValue(u"projectId"_s, p.projectId);
    s->setValue(u"auth"_s, Profile::authKindId(p.authKind));
    s->setValue(u"accessKey"_s, p.accessKey);
    s->setValue(u"userName"_s, p.userName);
    s->setValue(u"domainName"_s, p.domainName);
    s->setValue(u"caBundle"_s, p.caBundlePath);
    s->setValue(u"environment"_s, envId(p.environment));
    // Which secrets exist, never their values (those live in the keychain).
    s->setValue(u"secrets"_s, p.secretNames());
    // The MQTT instances and topics the user added (names only), as compact JSON.
    if (p.mqttInstances.isEmpty()) {
        s->remove(u"mqtt"_s);
    } else {
        QJsonArray instances;
        for (const MqttInstance &i : p.mqttInstances)
            instances.append(QJsonObject {{u"instance"_s, i.id}, {u"topics"_s, QJsonArray::fromStringList(i.topics)}});
        s->setValue(u"mqtt"_s, QString::fromUtf8(QJsonDocument(instances).toJson(QJsonDocument::Compact)));
    }
    s->endGroup();
    QStringList order = s->value(u"profileOrder"_s).toStringList();
    if (!order.contains(uuid)) {
        order.append(uuid);
        s->setValue(u"profileOrder"_s, order);
    }
}

Profile ProfileStore::read(const QString &group) const
{
    QSettings *s = m_settings->store();
    Profile p;
    s->beginGroup(group);
    p.id = QUuid(group.section(u'/', -1));
    p.name = s->value(u"name"_s).toString();
    const QString cloud = s->value(u"cloud"_s).toString();
    p.cloud = cloud == u"sandbox"  ? Profile::Cloud::Sandbox
        : cloud == u"alibabacloud" ? Profile::Cloud::AlibabaCloud
                                   : Profile::Cloud::HuaweiCloud;
    p.region = s->value(u"region"_s).toString();
    p.dmsEndpoint = QUrl(s->value(u"dmsEndpoint"_s).toString());
    p.iamEndpoint = QUrl(s->value(u"iamEndpoint"_s).toString());
    p.projectId = s->value(u"projectId"_s).toString();
    p.authKind = Profile::authKindFromId(s->value(u"auth"_s).toString());
    p.accessKey = s->value(u"accessKey"_s).toString();
    p.userName = s->value(u"userName"_s).toString();
    p.domainName = s->value(u"domainName"_s).toString();
    p.caBundlePath = s->value(u"caBundle"_s).toString();
    p.environment = envFromId(s->value(u"environment"_s).toString());
    const QJsonArray instances = QJsonDocument::fromJson(s->value(u"mqtt"_s).toString().toUtf8()).array();
    for (const QJsonValue &v : instances) {
        MqttInstance i;
        i.id = v["instance"_L1].toString();
        for (const QJsonValue &t : v["topics"_L1].toArray()) {
            if (!t.toString().isEmpty() && !i.topics.contains(t.toString()))
                i.topics.append(t.toString());
        }
        if (!i.id.isEmpty())
            p.mqttInstances.append(i);
    }
    s->endGroup();
    return p;
}

} // namespace Profiles
