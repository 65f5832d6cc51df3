#include "data/task_option.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace data {

namespace {

bool parseInteger(const std::string& text, std::int64_t& value) {
    const char* end = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && ptr == end && !text.empty();
}

bool parseReal(const std::string& text, double& value) {
    // from_chars, not strtod: it ignores the locale, which a Qt application sets from the
    // environment (a French one would refuse "0.5").
    const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
    const char* end = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(begin, end, value);
    return error == std::errc() && ptr == end && begin != end && std::isfinite(value);
}

std::string formatNumber(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string joined(const std::vector<std::string>& words, const std::string& separator) {
    std::string out;
    for (const std::string& word : words)
        out += (out.empty() ? "" : separator) + word;
    return out;
}

} // namespace

TaskOptionSpec TaskOptionSpec::integer(std::string name, std::string description,
                                       std::int64_t defaultValue, std::int64_t minimum,
                                       std::int64_t maximum) {
    TaskOptionSpec spec;
    spec.name = std::move(name);
    spec.description = std::move(description);
    spec.kind = TaskOptionKind::Integer;
    spec.defaultValue = std::to_string(defaultValue);
    spec.minimum = static_cast<double>(minimum);
    spec.maximum = static_cast<double>(maximum);
    return spec;
}

TaskOptionSpec TaskOptionSpec::real(std::string name, std::string description, double defaultValue,
                                    double minimum, double maximum) {
    TaskOptionSpec spec;
    spec.name = std::move(name);
    spec.description = std::move(description);
    spec.kind = TaskOptionKind::Real;
    spec.defaultValue = formatNumber(defaultValue);
    spec.minimum = minimum;
    spec.maximum = maximum;
    return spec;
}

TaskOptionSpec TaskOptionSpec::choice(std::string name, std::string description,
                                      std::vector<std::string> choices, std::string defaultValue) {
    TaskOptionSpec spec;
    spec.name = std::move(name);
    spec.description = std::move(description);
    spec.kind = TaskOptionKind::Choice;
    spec.choices = std::move(choices);
    spec.defaultValue = std::move(defaultValue);
    return spec;
}

TaskOptionSpec TaskOptionSpec::text(std::string name, std::string description,
                                    std::string defaultValue) {
    TaskOptionSpec spec;
    spec.name = std::move(name);
    spec.description = std::move(description);
    spec.kind = TaskOptionKind::Text;
    spec.defaultValue = std::move(defaultValue);
    return spec;
}

std::string TaskOptionSpec::check(const std::string& value) const {
    const std::string got = " (got \"" + value + "\")";
    switch (kind) {
    case TaskOptionKind::Integer: {
        std::int64_t number = 0;
        if (!parseInteger(value, number) || double(number) < minimum || double(number) > maximum)
            return "--" + name + " expects an integer from " + formatNumber(minimum) + " to " +
                   formatNumber(maximum) + got;
        return {};
    }
    case TaskOptionKind::Real: {
        double number = 0;
        if (!parseReal(value, number) || number < minimum || number > maximum)
            return "--" + name + " expects a number from " + formatNumber(minimum) + " to " +
                   formatNumber(maximum) + got;
        return {};
    }
    case TaskOptionKind::Choice:
        for (const std::string& allowed : choices)
            if (value == allowed)
                return {};
        return "--" + name + " expects one of " + joined(choices, ", ") + got;
    case TaskOptionKind::Text:
        if (value.find_first_of("\r\n") != std::string::npos)
            return "--" + name + " expects text on one line" + got;
        return {};
    }
    return {};
}

std::string TaskOptionSpec::help() const {
    std::string placeholder, range;
    switch (kind) {
    case TaskOptionKind::Integer:
        placeholder = "N";
        range = "an integer from " + formatNumber(minimum) + " to " + formatNumber(maximum);
        break;
    case TaskOptionKind::Real:
        placeholder = "X";
        range = "a number from " + formatNumber(minimum) + " to " + formatNumber(maximum);
        break;
    case TaskOptionKind::Choice:
        placeholder = joined(choices, "|");
        range = "one of " + joined(choices, ", ");
        break;
    case TaskOptionKind::Text:
        placeholder = "TEXT";
        range = "text";
        break;
    }
    return "--" + name + " " + placeholder + "  " + description + " (" + range + "; default " +
           (defaultValue.empty() ? std::string("none") : defaultValue) + ")";
}

std::int64_t optionInteger(const TaskOptions& options, const std::string& name) {
    std::int64_t value = 0;
    if (!parseInteger(optionText(options, name), value))
        throw std::invalid_argument("task option --" + name + " is not an integer");
    return value;
}

double optionReal(const TaskOptions& options, const std::string& name) {
    double value = 0;
    if (!parseReal(optionText(options, name), value))
        throw std::invalid_argument("task option --" + name + " is not a number");
    return value;
}

const std::string& optionText(const TaskOptions& options, const std::string& name) {
    const auto found = options.find(name);
    if (found == options.end())
        throw std::invalid_argument("task option --" + name + " is missing");
    return found->second;
}

} // namespace data
