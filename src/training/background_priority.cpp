#include "training/background_priority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace training {

bool BackgroundPriority::lowerThisThread() {
#ifdef Q_OS_LINUX
    // On Linux the nice value belongs to the thread: PRIO_PROCESS with a thread id sets only it.
    if (niceOfThisThread() >= kNice)
        return true;
    return setpriority(PRIO_PROCESS, id_t(gettid()), kNice) == 0;
#else
    return false;
#endif
}

int BackgroundPriority::niceOfThisThread() {
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

} // namespace training
