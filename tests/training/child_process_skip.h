#pragma once
// clang 14's ThreadSanitizer aborts in a child process that QProcess starts (its runtime fails a
// CHECK after forkfd's clone), so the tests that kill a child or run it under limits skip in the
// ThreadSanitizer build; every other build runs them.
#include <QTest>

#ifdef LSTM_STUDIO_THREAD_SANITIZED
#define SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN()                                                    \
    QSKIP("clang 14's ThreadSanitizer aborts in a child started by QProcess")
#else
#define SKIP_WHERE_CHILD_PROCESSES_CANNOT_RUN()                                                    \
    do {                                                                                           \
    } while (false)
#endif
