#include "data/csv_options.h"

#include <stdexcept>

namespace data {

std::string CsvOptions::missingPolicyName(MissingPolicy policy) {
    switch (policy) {
    case MissingPolicy::Skip:
        return "skip";
    case MissingPolicy::Interpolate:
        return "interpolate";
    case MissingPolicy::Refuse:
        return "refuse";
    }
    return "refuse";
}

MissingPolicy CsvOptions::missingPolicyFromName(const std::string& name) {
    for (MissingPolicy policy :
         {MissingPolicy::Skip, MissingPolicy::Interpolate, MissingPolicy::Refuse})
        if (missingPolicyName(policy) == name)
            return policy;
    throw std::invalid_argument("unknown missing-value policy \"" + name +
                                "\" (expected skip, interpolate or refuse)");
}

} // namespace data
