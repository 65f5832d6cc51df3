#include "data/series_task_catalog.h"

#include "data/csv_error.h"
#include "data/csv_reader.h"
#include "data/embedded_files.h"
#include "data/series_forecast_task.h"

#include <stdexcept>

namespace data {

namespace {

/** A series built into the program and how its task forecasts it. */
struct Shipped {
    std::string name;
    std::string description;
    std::string file; ///< under resources/data
    std::string column;
    bool wide;
    core::Index window, horizon, season;
    int epochs = 0; ///< 0: SeriesForecastTask's rule
    double learningRate = 1e-2;
};

const std::vector<Shipped>& shipped() {
    static const std::vector<Shipped> all{
        {"co2", "weekly atmospheric CO2 at Mauna Loa (ppm), 1958-2001, gaps interpolated",
         "timeseries/co2.csv", "co2", false, 52, 4, 52},
        {"sunspots", "yearly sunspot activity, 1700-2008", "timeseries/sunspots.csv", "SUNACTIVITY",
         false, 22, 1, 11},
        {"nile", "yearly flow of the Nile at Aswan, 1871-1970", "timeseries/nile.csv", "volume",
         false, 6, 1, 0, 50, 1e-3}, // 64 training windows: more passes learn them by heart
        {"elnino", "monthly El Nino (Nino 1+2) sea-surface temperature, 1950-2010",
         "timeseries/elnino.csv", "", true, 24, 3, 12},
        {"elec-equip", "monthly euro-area electrical equipment orders index, 1995-2016",
         "timeseries/elec_equip.csv", "STS.M.I7.W.TOVT.NS0016.4.000", false, 13, 1,
         12}, // 24 steps: often stuck
        {"macro", "a US quarterly macro-economic series, 1959-2009", "timeseries/macrodata.csv",
         "realgdp", false, 8, 1, 0, 60},
    };
    return all;
}

std::vector<TaskOptionSpec> windowOptions(core::Index window, core::Index horizon) {
    return {TaskOptionSpec::integer("window", "input steps the network reads", window, 1, 500),
            TaskOptionSpec::integer("horizon", "steps ahead it forecasts", horizon, 1, 100)};
}

TaskInfo infoOf(const Shipped& s) {
    TaskInfo info{s.name, "Forecast " + s.description, windowOptions(s.window, s.horizon)};
    if (s.name == "macro")
        info.options.push_back(TaskOptionSpec::choice("column", "the series to forecast",
                                                      SeriesTaskCatalog::macroColumns(), s.column));
    if (s.name == "co2")
        info.options.push_back(
            TaskOptionSpec::choice("missing", "what to do with the weeks without a measurement",
                                   {"interpolate", "skip"}, "interpolate"));
    return info;
}

std::unique_ptr<Task> createShipped(const Shipped& s, const TaskOptions& options,
                                    std::uint64_t seed) {
    CsvOptions csv;
    csv.wide = s.wide;
    csv.column = options.count("column") ? optionText(options, "column") : s.column;
    csv.missing = options.count("missing")
                      ? CsvOptions::missingPolicyFromName(optionText(options, "missing"))
                      : MissingPolicy::Refuse;
    SeriesForecastTask::Settings settings;
    settings.name = s.name;
    settings.options = options;
    settings.window = optionInteger(options, "window");
    settings.horizon = optionInteger(options, "horizon");
    settings.season = std::min(s.season, settings.window);
    settings.epochs = s.epochs;
    settings.learningRate = s.learningRate;
    Series series = CsvReader::readBytes(EmbeddedFiles::get(s.file), s.file, csv);
    return std::make_unique<SeriesForecastTask>(std::move(series), std::move(settings), seed);
}

} // namespace

std::vector<std::string> SeriesTaskCatalog::macroColumns() {
    return {"realgdp", "realcons", "realinv", "realgovt", "realdpi", "cpi",
            "m1",      "tbilrate", "unemp",   "pop",      "infl",    "realint"};
}

void SeriesTaskCatalog::addTo(TaskRegistry& registry) {
    for (const Shipped& s : shipped())
        registry.add(infoOf(s), [&s](const TaskOptions& options, std::uint64_t seed) {
            return createShipped(s, options, seed);
        });
    registry.add(csvInfo(), &createCsv);
}

TaskInfo SeriesTaskCatalog::csvInfo() {
    TaskInfo info{
        "csv",
        "Forecast a series from a CSV file of your own (--file PATH --column NAME)",
        {TaskOptionSpec::text("file", "the CSV file", ""),
         TaskOptionSpec::text("column",
                              "the value column, by name or 1-based number; "
                              "none: the first column of numbers",
                              ""),
         TaskOptionSpec::choice("delimiter", "the field separator (auto: sniffed)",
                                {"auto", ",", ";", "tab"}, "auto"),
         TaskOptionSpec::choice("header", "whether the first line names the columns",
                                {"auto", "yes", "no"}, "auto"),
         TaskOptionSpec::choice("decimal-comma", "numbers written 3,14", {"no", "yes"}, "no"),
         TaskOptionSpec::choice("missing", "what to do with empty cells, NA, NaN",
                                {"interpolate", "skip", "refuse"}, "interpolate"),
         TaskOptionSpec::choice("wide",
                                "one row a year, one column a month: read "
                                "row after row",
                                {"no", "yes"}, "no")}};
    for (TaskOptionSpec& spec : windowOptions(24, 1))
        info.options.push_back(std::move(spec));
    info.options.push_back(TaskOptionSpec::integer(
        "season", "steps in a season, for the seasonal baseline (0: none)", 0, 0, 500));
    return info;
}

std::unique_ptr<Task> SeriesTaskCatalog::createCsv(const TaskOptions& options, std::uint64_t seed) {
    const std::string& path = optionText(options, "file");
    if (path.empty())
        throw std::invalid_argument("the csv task needs a file: --file PATH");
    CsvOptions csv;
    const std::string& delimiter = optionText(options, "delimiter");
    csv.delimiter = delimiter == "auto" ? 0 : delimiter == "tab" ? '\t' : delimiter[0];
    const std::string& header = optionText(options, "header");
    csv.header = header == "yes"  ? HeaderMode::Yes
                 : header == "no" ? HeaderMode::No
                                  : HeaderMode::Auto;
    csv.decimalComma = optionText(options, "decimal-comma") == "yes";
    csv.missing = CsvOptions::missingPolicyFromName(optionText(options, "missing"));
    csv.wide = optionText(options, "wide") == "yes";
    csv.column = optionText(options, "column");
    SeriesForecastTask::Settings settings;
    settings.name = "csv";
    settings.options = options;
    settings.window = optionInteger(options, "window");
    settings.horizon = optionInteger(options, "horizon");
    settings.season = optionInteger(options, "season");
    try {
        return std::make_unique<SeriesForecastTask>(CsvReader::readFile(path, csv),
                                                    std::move(settings), seed);
    } catch (const CsvError& error) {
        throw std::invalid_argument(error.what());
    }
}

} // namespace data
