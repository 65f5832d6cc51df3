#pragma once
/**
 * Work the window should never wait behind: training and autosaving run on threads of their own,
 * and those threads give way when the window's thread wants a core. QThread::LowPriority does not
 * do it on Linux (its default scheduler has a single static priority), so the calling thread's
 * nice value is raised instead; threads it starts afterwards (the core's worker pool) inherit it.
 * Elsewhere, QThread::LowPriority is all there is and this does nothing.
 */

namespace training {

class BackgroundPriority {
public:
    /** The nice value background threads run at: where the window's thread (nice 0) wants the
     * same core, it gets three times their share (Linux weighs nice 0 as 1024, nice 5 as 335),
     * and training still gets its fair share beside other programs' background work. */
    static constexpr int kNice = 5;

    /** Lowers the calling thread to kNice (never raises it); true when it was done. */
    static bool lowerThisThread();
    /** The calling thread's nice value (0 where there is none). */
    static int niceOfThisThread();
};

} // namespace training
