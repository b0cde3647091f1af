#pragma once

#include "services.h"

namespace Emulator {
class Authenticator;
}

namespace Emulator::Iam {

/// The IAM endpoints the console needs: POST /v3/auth/tokens (password, project scope),
/// GET /v3/projects and /v3/auth/projects, and POST /v3.0/OS-CREDENTIAL/securitytokens
/// (temporary AK/SK with a security token).
void install(ServiceContext &context, Authenticator &authenticator);

} // namespace Emulator::Iam
