#pragma once
/**
 * The core splits a batch across its own threads (ParallelBackprop), so the BLAS that Eigen may
 * hand large products to must not start threads of its own: two thread pools on two cores only
 * fight. With OpenBLAS, this pins it to one thread; without a BLAS it does nothing.
 */
namespace core {

class BlasThreads {
public:
    /** Makes the BLAS single-threaded; cheap, and safe to call more than once. */
    static void useOne();
};

} // namespace core
