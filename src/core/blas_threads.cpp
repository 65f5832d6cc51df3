#include "core/blas_threads.h"

#include <atomic>

#ifdef LSTM_STUDIO_OPENBLAS
extern "C" void openblas_set_num_threads(int threads);
#endif

namespace core {

void BlasThreads::useOne() {
#ifdef LSTM_STUDIO_OPENBLAS
    static std::atomic<bool> done{false};
    if (!done.exchange(true))
        openblas_set_num_threads(1);
#endif
}

} // namespace core
