#include "core/worker_pool.h"

namespace core {

WorkerPool::WorkerPool(int threads) {
    for (int i = 1; i < threads; ++i)
        m_threads.emplace_back([this, i] { workerLoop(i); });
}

WorkerPool::~WorkerPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
}

void WorkerPool::run(int jobs, const std::function<void(int)>& job) {
    if (jobs <= 1 || m_threads.empty()) {
        for (int i = 0; i < jobs; ++i)
            job(i);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_job = &job;
        m_jobs = jobs;
        m_pending = jobs - 1;
        m_error = nullptr;
        ++m_generation;
    }
    m_wake.notify_all();
    std::exception_ptr ownError;
    try {
        job(0);
    } catch (...) {
        ownError = std::current_exception();
    }
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_pending == 0; });
    m_job = nullptr;
    if (ownError)
        std::rethrow_exception(ownError);
    if (m_error)
        std::rethrow_exception(m_error);
}

void WorkerPool::workerLoop(int index) {
    std::uint64_t seen = 0;
    for (;;) {
        const std::function<void(int)>* job = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || m_generation != seen; });
            if (m_stopping)
                return;
            seen = m_generation;
            if (index >= m_jobs)
                continue;
            job = m_job;
        }
        std::exception_ptr error;
        try {
            (*job)(index);
        } catch (...) {
            error = std::current_exception();
        }
        std::lock_guard lock(m_mutex);
        if (error && !m_error)
            m_error = error;
        if (--m_pending == 0)
            m_done.notify_one();
    }
}

} // namespace core
