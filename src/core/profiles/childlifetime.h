#pragma once

class QProcess;

namespace Profiles {

/// Makes a child process end with its parent even when the parent is killed without running
/// its destructors (Linux: PR_SET_PDEATHSIG; elsewhere the launcher's destructor is the only
/// guard). The one platform-specific spot of the sandbox launcher.
void endWithParent(QProcess &process);

} // namespace Profiles
