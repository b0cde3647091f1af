// The one platform-specific place of the benchmark helpers.
#include "peakrss.h"

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace TestSupport {

qint64 childrenPeakRssKiB()
{
#if defined(Q_OS_UNIX)
    struct rusage usage = {};
    if (::getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return -1;
#if defined(Q_OS_DARWIN)
    return qint64(usage.ru_maxrss) / 1024; // bytes on macOS
#else
    return qint64(usage.ru_maxrss); // KiB on Linux and the BSDs
#endif
#else
    return -1;
#endif
}

} // namespace TestSupport
