#pragma once

// Internal to ApiClient: shared by apiclient.cpp (calls, queue, retries, tokens) and
// apiclientrequest.cpp (what goes on the wire: URL, authentication, request log entry).

#include "api/apiclient.h"
#include "api/iamtokencache.h"
#include "api/requestlog.h"
#include "api/retrypolicy.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QSet>

#include <deque>

namespace Api {

namespace ClientDetail {
// Request attributes that carry the call's context into createRequest() and the log.
inline constexpr auto AuthenticateAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);
inline constexpr auto OperationIdAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 2);
inline constexpr auto AttemptAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 3);
inline constexpr char TimedOutProperty[] = "_mqdesk_timed_out";
} // namespace ClientDetail

struct ApiClient::Private
{
    Endpoint endpoint;
    Auth::Credentials credentials;
    RetryPolicy retry;
    int timeoutMs = 30'000;
    int maxParallel = 6;
    int inFlight = 0;
    std::deque<QPointer<ApiCall>> queue;
    QList<QPointer<ApiCall>> tokenWaiters;
    QSet<QObject *> live; // calls not yet destroyed, to cancel them when the client goes
    RequestLog *ownLog = nullptr;
    QPointer<RequestLog> log;
    IamTokenCache *tokens = nullptr;

    bool needsIamToken(const ApiRequest &request) const
    {
        return request.authenticate && credentials.kind == Auth::Credentials::Kind::IamPassword;
    }
};

} // namespace Api
