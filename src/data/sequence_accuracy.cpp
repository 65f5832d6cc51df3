#include "data/sequence_accuracy.h"

namespace data {

void setSequenceAccuracy(Evaluation& e, const core::SequenceBatch<double>& batch,
                         const core::Matrix<double>& outputs) {
    double right = 0;
    for (core::Index b = 0; b < batch.batch; ++b) {
        core::Index predicted = 0;
        outputs.row(b).maxCoeff(&predicted);
        right += predicted == batch.targetClasses[size_t(b)] ? 1 : 0;
    }
    e.metricWeight = double(batch.batch);
    e.metric = right / e.metricWeight;
}

} // namespace data
