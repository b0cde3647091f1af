#include "iamservice.h"

#include "authenticator.h"
#include "router.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Emulator::Iam {

namespace {

const QString kDomainId = u"d0e1f2a3b4c5469788796a5b4c3d2e1f"_s;
const QString kUserId = u"u0e1f2a3b4c5469788796a5b4c3d2e1f"_s;

QString isoTime(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
}

QJsonObject projectJson(const Settings::Project &project)
{
    return QJsonObject {{u"id"_s, project.id},
                        {u"name"_s, project.name},
                        {u"domain_id"_s, kDomainId},
                        {u"parent_id"_s, kDomainId},
                        {u"description"_s, QString()},
                        {u"enabled"_s, true},
                        {u"is_domain"_s, false},
                        {u"links"_s, QJsonObject {{u"self"_s, QString(u"/v3/projects/"_s + project.id)}}}};
}

HttpResponse listProjects(const ServiceContext &context, const RequestContext &request)
{
    const QString nameFilter = request.queryValue(u"name"_s);
    QJsonArray projects;
    for (const Settings::Project &project : context.settings.projects()) {
        if (nameFilter.isEmpty() || project.name == nameFilter)
            projects.append(projectJson(project));
    }
    return HttpResponse::json(
        QJsonObject {{u"projects"_s, projects}, {u"links"_s, QJsonObject {{u"self"_s, request.path}}}});
}

} // namespace

void install(ServiceContext &context, Authenticator &authenticator)
{
    const Settings &settings = context.settings;
    context.router.handlePath(
        "POST", u"/v3/auth/tokens"_s, u"iam_create_token"_s,
        [&settings, &authenticator](const RequestContext &request) -> HttpResponse {
            const QJsonObject auth = request.object().value(u"auth"_s).toObject();
            if (auth.isEmpty())
                return errorResponse(400, u"IAM.0012"_s, u"The request body is invalid: auth is required."_s);
            const QJsonObject identity = auth.value(u"identity"_s).toObject();
            if (!identity.value(u"methods"_s).toArray().contains(u"password"_s))
                return errorResponse(400, u"IAM.0012"_s, u"Only the password method is supported."_s);
            const QJsonObject user = identity.value(u"password"_s).toObject().value(u"user"_s).toObject();
            const QString name = user.value(u"name"_s).toString();
            const QString domain = user.value(u"domain"_s).toObject().value(u"name"_s).toString();
            if (name != settings.iamUser || user.value(u"password"_s).toString() != settings.iamPassword ||
                (!domain.isEmpty() && domain != settings.iamDomain)) {
                return Authenticator::unauthorized(u"The username or password is wrong."_s, request.requestId,
                                                   u"IAM.0004"_s);
            }
            const QJsonObject scopeProject = auth.value(u"scope"_s).toObject().value(u"project"_s).toObject();
            std::optional<Settings::Project> project;
            for (const Settings::Project &candidate : settings.projects()) {
                if (candidate.id == scopeProject.value(u"id"_s).toString() ||
                    candidate.name == scopeProject.value(u"name"_s).toString())
                    project = candidate;
            }
            if (!project)
                return errorResponse(400, u"IAM.0012"_s, u"The project in scope does not exist."_s);
            const Authenticator::IssuedToken issued = authenticator.issueToken(name, project->id);
            const QJsonObject domainJson {{u"id"_s, kDomainId}, {u"name"_s, settings.iamDomain}};
            QJsonObject token {
                {u"methods"_s, QJsonArray {u"password"_s}},
                {u"expires_at"_s, isoTime(issued.expiresAt)},
                {u"issued_at"_s, isoTime(issued.issuedAt)},
                {u"user"_s, QJsonObject {{u"id"_s, kUserId}, {u"name"_s, name}, {u"domain"_s, domainJson}}},
                {u"project"_s,
                 QJsonObject {{u"id"_s, project->id}, {u"name"_s, project->name}, {u"domain"_s, domainJson}}},
                {u"roles"_s, QJsonArray {QJsonObject {{u"id"_s, u"0"_s}, {u"name"_s, u"te_admin"_s}}}},
                {u"catalog"_s, QJsonArray()}};
            return HttpResponse::json(QJsonObject {{u"token"_s, token}}, 201)
                .withHeader("X-Subject-Token", issued.token);
        },
        false);

    for (const QString &path : {u"/v3/projects"_s, u"/v3/auth/projects"_s}) {
        context.router.handlePath("GET", path, u"iam_list_projects"_s,
                                  [&context](const RequestContext &request) { return listProjects(context, request); });
    }

    context.router.handlePath(
        "POST", u"/v3.0/OS-CREDENTIAL/securitytokens"_s, u"iam_create_temporary_key"_s,
        [&authenticator](const RequestContext &request) -> HttpResponse {
            const QJsonObject identity = request.object().value(u"auth"_s).toObject().value(u"identity"_s).toObject();
            const QJsonArray methods = identity.value(u"methods"_s).toArray();
            if (!methods.contains(u"token"_s))
                return errorResponse(400, u"IAM.0012"_s,
                                     u"The request body is invalid: methods must be [\"token\"]."_s);
            const int duration = identity.value(u"token"_s).toObject().value(u"duration_seconds"_s).toInt(900);
            if (duration < 900 || duration > 86400)
                return errorResponse(400, u"IAM.0012"_s, u"duration_seconds must be between 900 and 86400."_s);
            const Authenticator::TemporaryCredential credential =
                authenticator.issueTemporary(Settings::sandboxIamUser(), duration);
            return HttpResponse::json(
                QJsonObject {{u"credential"_s,
                              QJsonObject {{u"access"_s, QString::fromLatin1(credential.accessKey)},
                                           {u"secret"_s, QString::fromLatin1(credential.secretKey)},
                                           {u"securitytoken"_s, QString::fromLatin1(credential.securityToken)},
                                           {u"expires_at"_s, isoTime(credential.expiresAt)}}}},
                201);
        });
}

} // namespace Emulator::Iam
