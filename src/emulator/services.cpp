#include "services.h"

using namespace Qt::StringLiterals;

namespace Emulator {

QByteArray Settings::sandboxAccessKey()
{
    return QByteArrayLiteral("MQDESKSANDBOXAK00001");
}

QByteArray Settings::sandboxSecretKey()
{
    return QByteArrayLiteral("mqdeskSandboxSecretKeyNotASecret00000001");
}

QString Settings::sandboxProjectId()
{
    return u"0a1b2c3d4e5f40718293a4b5c6d7e8f9"_s;
}

QString Settings::sandboxIamUser()
{
    return u"sandbox"_s;
}

QString Settings::sandboxIamPassword()
{
    return u"sandbox-password"_s;
}

QString Settings::sandboxIamDomain()
{
    return u"mqdesk-sandbox"_s;
}

Settings Settings::sandbox()
{
    Settings settings;
    settings.accessKey = sandboxAccessKey();
    settings.secretKey = sandboxSecretKey();
    settings.projectId = sandboxProjectId();
    return settings;
}

QList<Settings::Project> Settings::projects() const
{
    return {{projectId, region}, {u"9f8e7d6c5b4a40392817f6e5d4c3b2a1"_s, u"ap-southeast-1"_s}};
}

bool Settings::knowsProject(const QString &id) const
{
    const QList<Project> all = projects();
    return std::any_of(all.cbegin(), all.cend(), [&id](const Project &p) { return p.id == id; });
}

} // namespace Emulator
