#include "api/apilogging.h"

namespace Api {
// Quiet by default: the app and the CLI show errors themselves. QT_LOGGING_RULES="mqdesk.api=true"
// prints every request (debug) and the failures and token fetches (info); "mqdesk.api.info=true" only the latter.
Q_LOGGING_CATEGORY(lcApi, "mqdesk.api", QtWarningMsg)
} // namespace Api
