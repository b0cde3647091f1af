#include "profiles/profile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Profiles {

QStringList Profile::secretNamesFor(Auth::Credentials::Kind kind)
{
    switch (kind) {
    case Auth::Credentials::Kind::AkSk:
    case Auth::Credentials::Kind::AlibabaAccessKey:
        return {u"secret_key"_s};
    case Auth::Credentials::Kind::TemporaryAkSk:
        return {u"secret_key"_s, u"security_token"_s};
    case Auth::Credentials::Kind::IamPassword:
        return {u"password"_s};
    case Auth::Credentials::Kind::IamToken:
        return {u"token"_s};
    case Auth::Credentials::Kind::None:
        break;
    }
    return {};
}

QString Profile::cloudName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::HuaweiCloud:
        return QCoreApplication::translate("Profiles::Profile", "Huawei Cloud");
    case Cloud::Sandbox:
        return QCoreApplication::translate("Profiles::Profile", "Sandbox (local emulator)");
    case Cloud::AlibabaCloud:
        return QCoreApplication::translate("Profiles::Profile", "Alibaba Cloud (ApsaraMQ for MQTT)");
    }
    return {};
}

QString Profile::environmentName(Environment env)
{
    switch (env) {
    case Environment::None:
        return QCoreApplication::translate("Profiles::Profile", "None");
    case Environment::Dev:
        return QCoreApplication::translate("Profiles::Profile", "Development");
    case Environment::Test:
        return QCoreApplication::translate("Profiles::Profile", "Test");
    case Environment::Prod:
        return QCoreApplication::translate("Profiles::Profile", "Production");
    }
    return {};
}

QString Profile::authKindName(Auth::Credentials::Kind kind)
{
    switch (kind) {
    case Auth::Credentials::Kind::AkSk:
        return QCoreApplication::translate("Profiles::Profile", "Access key (AK/SK)");
    case Auth::Credentials::Kind::TemporaryAkSk:
        return QCoreApplication::translate("Profiles::Profile", "Temporary AK/SK + security token");
    case Auth::Credentials::Kind::IamPassword:
        return QCoreApplication::translate("Profiles::Profile", "IAM user and password");
    case Auth::Credentials::Kind::IamToken:
        return QCoreApplication::translate("Profiles::Profile", "IAM token");
    case Auth::Credentials::Kind::AlibabaAccessKey:
        return QCoreApplication::translate("Profiles::Profile", "Alibaba Cloud AccessKey");
    case Auth::Credentials::Kind::None:
        return QCoreApplication::translate("Profiles::Profile", "None");
    }
    return {};
}

QString Profile::authKindId(Auth::Credentials::Kind kind)
{
    switch (kind) {
    case Auth::Credentials::Kind::AkSk:
        return u"aksk"_s;
    case Auth::Credentials::Kind::TemporaryAkSk:
        return u"temporary-aksk"_s;
    case Auth::Credentials::Kind::IamPassword:
        return u"iam-password"_s;
    case Auth::Credentials::Kind::IamToken:
        return u"iam-token"_s;
    case Auth::Credentials::Kind::AlibabaAccessKey:
        return u"alibaba-accesskey"_s;
    case Auth::Credentials::Kind::None:
        break;
    }
    return u"none"_s;
}

Auth::Credentials::Kind Profile::authKindFromId(const QString &id)
{
    for (auto k :
         {Auth::Credentials::Kind::AkSk, Auth::Credentials::Kind::TemporaryAkSk, Auth::Credentials::Kind::IamPassword,
          Auth::Credentials::Kind::IamToken, Auth::Credentials::Kind::AlibabaAccessKey}) {
        if (authKindId(k) == id)
            return k;
    }
    return Auth::Credentials::Kind::None;
}

Profile Profile::duplicated(const QString &copySuffix) const
{
    Profile copy = *this;
    copy.id = QUuid::createUuid();
    copy.name = name + u' ' + copySuffix;
    return copy;
}

QUuid Profile::sandboxId()
{
    static const QUuid id(u"{6d7164b5-0000-4000-8000-73616e64626f}"_s);
    return id;
}

bool Profile::sameConnection(const Profile &other) const
{
    Profile a = *this;
    a.mqttInstances = other.mqttInstances;
    return a == other;
}

bool Profile::addMqttInstance(const QString &instanceId)
{
    for (const MqttInstance &i : std::as_const(mqttInstances)) {
        if (i.id == instanceId)
            return false;
    }
    mqttInstances.append({instanceId, {}});
    return true;
}

bool Profile::removeMqttInstance(const QString &instanceId)
{
    return mqttInstances.removeIf([&](const MqttInstance &i) { return i.id == instanceId; }) > 0;
}

bool Profile::addMqttTopic(const QString &instanceId, const QString &topic)
{
    addMqttInstance(instanceId);
    for (MqttInstance &i : mqttInstances) {
        if (i.id == instanceId && !i.topics.contains(topic)) {
            i.topics.append(topic);
            return true;
        }
    }
    return false;
}

bool Profile::removeMqttTopic(const QString &instanceId, const QString &topic)
{
    for (MqttInstance &i : mqttInstances) {
        if (i.id == instanceId)
            return i.topics.removeAll(topic) > 0;
    }
    return false;
}

bool Profile::hasMqttTopic(const QString &instanceId, const QString &topic) const
{
    for (const MqttInstance &i : mqttInstances) {
        if (i.id == instanceId)
            return i.topics.contains(topic);
    }
    return false;
}

namespace {

QString mqttNameProblem(const QString &name, const char *what)
{
    const QString w = QCoreApplication::translate("Profiles::Profile", what);
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Profiles::Profile", "Enter the %1.").arg(w);
    if (name.size() > 128)
        return QCoreApplication::translate("Profiles::Profile", "The %1 is longer than 128 characters.").arg(w);
    for (const QChar c : name) {
        if (c.isSpace())
            return QCoreApplication::translate("Profiles::Profile", "The %1 cannot contain spaces.").arg(w);
    }
    return {};
}

} // namespace

QString Profile::mqttInstanceProblem(const QString &instanceId)
{
    return mqttNameProblem(instanceId, QT_TRANSLATE_NOOP("Profiles::Profile", "instance ID"));
}

QString Profile::mqttTopicProblem(const QString &topic)
{
    if (QString problem = mqttNameProblem(topic, QT_TRANSLATE_NOOP("Profiles::Profile", "topic")); !problem.isEmpty())
        return problem;
    if (topic.contains(u'+') || topic.contains(u'#'))
        return QCoreApplication::translate("Profiles::Profile",
                                           "A message goes to one topic: remove the wildcards + and #.");
    return {};
}

} // namespace Profiles
