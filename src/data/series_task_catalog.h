#pragma once
/**
 * The forecasting tasks over real series (SeriesForecastTask): one per series shipped in
 * resources/data/timeseries, each with a window, horizon and season that suit it, and `csv`,
 * which reads the user's own file (`--file PATH --column NAME` and the reader's options).
 *
 *   name        series (file, column)                           W   H  season
 *   co2         weekly CO₂ at Mauna Loa, ppm (co2.csv, co2)      52  4  52
 *   sunspots    yearly sunspot activity (SUNACTIVITY)            22  1  11
 *   nile        yearly Nile flow at Aswan (volume)                6  1  —
 *   elnino      monthly Niño 1+2 SST (elnino.csv, wide)          24  3  12
 *   elec-equip  monthly euro-area orders index                   13  1  12
 *   macro       US quarterly macro-economics (--column, realgdp)  8  1  —
 *
 * Nile (64 training windows) trains 50 epochs at a learning rate of 10⁻³, macro 60 epochs: more
 * passes learn their few windows by heart and lose the validation split.
 */
#include "data/task_info.h"
#include "data/task_registry.h"

namespace data {

class SeriesTaskCatalog {
public:
    /** Registers every series task with `registry`. */
    static void addTo(TaskRegistry& registry);
    /** The columns of macrodata.csv that --column accepts for the macro task. */
    static std::vector<std::string> macroColumns();
    /** The options of the csv task, defaults as documented in its help. */
    static TaskInfo csvInfo();
    /** The csv task; throws std::invalid_argument with the reader's message (file, line,
     * column) when the file cannot be read. */
    static std::unique_ptr<Task> createCsv(const TaskOptions& options, std::uint64_t seed);
};

} // namespace data
