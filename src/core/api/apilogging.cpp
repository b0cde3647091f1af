#include "api/apilogging.h"

namespace Api {
Q_LOGGING_CATEGORY(lcApi, "mqdesk.api", QtInfoMsg)
} // namespace Api
