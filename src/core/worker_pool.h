#pragma once
/**
 * A few persistent threads that run the shards of one training step: run(n, job) calls job(i)
 * for i = 0 … n−1, job(0) on the calling thread, and returns when all are done. Threads wait on
 * a condition variable between steps, so a step costs no thread creation.
 */
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace core {

class WorkerPool {
public:
    /** A pool that runs up to `threads` jobs at once (the caller counts as one). */
    explicit WorkerPool(int threads);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    int threadCount() const { return int(m_threads.size()) + 1; }
    /** Runs job(0 … jobs−1); jobs ≤ threadCount(). Rethrows the first job's exception. */
    void run(int jobs, const std::function<void(int)>& job);

private:
    void workerLoop(int index);

    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    const std::function<void(int)>* m_job = nullptr; // guarded by m_mutex
    int m_jobs = 0;                                  // guarded by m_mutex
    int m_pending = 0;                               // guarded by m_mutex
    std::uint64_t m_generation = 0;                  // guarded by m_mutex
    bool m_stopping = false;                         // guarded by m_mutex
    std::exception_ptr m_error;                      // guarded by m_mutex
};

} // namespace core
