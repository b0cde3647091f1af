#pragma once

#include "auth/credentials.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace Profiles {

/// An ApsaraMQ for MQTT instance the user added to an Alibaba Cloud profile, with the topics
/// added under it (the service has no list call; see Profile::mqttInstances).
struct MqttInstance
{
    QString id;         ///< e.g. post-cn-0pp12gl****
    QStringList topics; ///< in the order they were added

    friend bool operator==(const MqttInstance &, const MqttInstance &) = default;
};

/// One connection profile. Holds no secrets: secretNames() says which entries the keychain
/// holds for it (see Auth::KeychainStore), read lazily when the profile connects.
struct Profile
{
    enum class Cloud { HuaweiCloud, Sandbox, AlibabaCloud };
    enum class Environment { None, Dev, Test, Prod };

    QUuid id;
    QString name;
    Cloud cloud = Cloud::HuaweiCloud;
    QString region; ///< e.g. cn-north-4; empty with custom endpoints
    QUrl dmsEndpoint;
    QUrl iamEndpoint;
    QString projectId;
    Auth::Credentials::Kind authKind = Auth::Credentials::Kind::AkSk;
    QString accessKey;    ///< an identifier, not a secret (the SK is)
    QString userName;     ///< IAM password auth
    QString domainName;   ///< IAM password auth (account name)
    QString caBundlePath; ///< optional PEM bundle added to the system CAs
    Environment environment = Environment::None;
    /// Alibaba Cloud: the MQTT instances and topics shown in the tree (not connection settings).
    QList<MqttInstance> mqttInstances;

    bool isSandbox() const { return cloud == Cloud::Sandbox; }
    /// An Alibaba Cloud profile: dmsEndpoint holds the OpenAPI endpoint (onsmqtt.REGION.aliyuncs.com).
    bool isAlibaba() const { return cloud == Cloud::AlibabaCloud; }
    bool isValid() const { return !id.isNull() && !name.trimmed().isEmpty(); }
    /// Equal but for mqttInstances (the tree keeps such a profile's subtree).
    bool sameConnection(const Profile &other) const;

    /// Adding an existing entry or removing a missing one changes nothing and returns false.
    bool addMqttInstance(const QString &instanceId);
    bool removeMqttInstance(const QString &instanceId);
    /// Adds the instance too when it is not there yet.
    bool addMqttTopic(const QString &instanceId, const QString &topic);
    bool removeMqttTopic(const QString &instanceId, const QString &topic);
    bool hasMqttTopic(const QString &instanceId, const QString &topic) const;
    /// Why an instance ID / topic cannot be added (empty when it can): blank, spaces,
    /// wildcards (+ and # in topics), longer than 128 characters.
    static QString mqttInstanceProblem(const QString &instanceId);
    static QString mqttTopicProblem(const QString &topic);

    /// The secrets this auth kind needs: "secret_key", "security_token", "password".
    static QStringList secretNamesFor(Auth::Credentials::Kind kind);
    QStringList secretNames() const { return secretNamesFor(authKind); }

    static QString cloudName(Cloud cloud);
    static QString environmentName(Environment env);
    static QString authKindName(Auth::Credentials::Kind kind);
    /// Stable ids used in settings and on the command line.
    static QString authKindId(Auth::Credentials::Kind kind);
    static Auth::Credentials::Kind authKindFromId(const QString &id);

    /// A copy with a fresh id and "<name> (copy)".
    Profile duplicated(const QString &copySuffix) const;

    /// The well-known id of the built-in sandbox profile.
    static QUuid sandboxId();

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace Profiles
