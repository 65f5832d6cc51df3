#pragma once
/**
 * A time series as read from a file: its values in order, one time label per value when the file
 * has dates ("1958-03-29", "1959 Q1", "1950-01", "1871"), and where it came from.
 */
#include <string>
#include <vector>

namespace data {

struct Series {
    std::string name;                ///< the column's name: "co2"
    std::string source;              ///< the file: "co2.csv"
    std::vector<double> values;      ///< never NaN
    std::vector<std::string> labels; ///< empty, or one per value
    int interpolated = 0;            ///< missing values filled in (MissingPolicy::Interpolate)
    int dropped = 0;                 ///< rows left out for a missing value

    /** The label of value `i`, or "#i" (1-based) when the series has none. */
    std::string label(size_t i) const {
        if (i < labels.size())
            return labels[i];
        std::string out = std::to_string(i + 1);
        out.insert(out.begin(), '#');
        return out;
    }
};

} // namespace data
