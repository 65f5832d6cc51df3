#pragma once
/**
 * What a TrainingWorker tells the interface besides snapshots, collected under a std::mutex and
 * taken all at once: command answers, sessions asked for, a divergence, whether it is running,
 * and its end (the weights and how it ended, or why it failed).
 *
 * Why not signal arguments: a queued signal's arguments cross threads through Qt's event queue,
 * whose locking Debian's Qt hides from ThreadSanitizer; through this outbox every hand-over is
 * ordered by a mutex it sees, so the threading tests run clean under it. The worker's one
 * cross-thread signal carries nothing.
 */
#include "core/types.h"
#include "session/session.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace training {

struct WorkerOutbox {
    struct Answer {
        std::uint64_t id = 0;
        QString error; ///< empty: carried out
    };
    struct SavedSession {
        std::uint64_t id = 0;
        std::shared_ptr<const session::Session> session;
    };
    struct End {
        core::Vector<double> weights;
        int outcome = 0; ///< TrainingWorker::Outcome
    };

    std::vector<Answer> answers;
    std::vector<SavedSession> sessions;
    std::vector<QString> divergences;
    std::optional<bool> running; ///< the latest change, if any
    std::optional<End> end;
    std::optional<QString> failure;

    bool isEmpty() const {
        return answers.empty() && sessions.empty() && divergences.empty() && !running && !end &&
               !failure;
    }
};

} // namespace training
