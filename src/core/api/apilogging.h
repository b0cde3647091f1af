#pragma once

#include <QLoggingCategory>

namespace Api {
/// mqdesk.api: one line per request (method, URL, status, duration). Never headers or bodies:
/// those may carry signatures, tokens and passwords.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace Api
