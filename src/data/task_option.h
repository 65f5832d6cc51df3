#pragma once
/**
 * The parameters a user can set on a task (`--lag 100`, `--kind multi`), and what each means.
 *
 * Values travel as text, exactly as typed on the command line or stored in a session, in a plain
 * name → value map; a TaskOptionSpec says what a value may be and checks it. TaskRegistry::make()
 * fills in the defaults and rejects anything unknown or out of range before a task sees it, so a
 * task reads its options with optionInteger()/optionReal()/optionText() without further checks.
 */
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace data {

/** Option name (without "--") → value as text. */
using TaskOptions = std::map<std::string, std::string>;

enum class TaskOptionKind { Integer, Real, Choice, Text };

/** One settable parameter of a task. */
struct TaskOptionSpec {
    std::string name;        ///< as on the command line, without "--": "lag"
    std::string description; ///< one line for people: "sequence length T"
    TaskOptionKind kind = TaskOptionKind::Integer;
    std::string defaultValue;         ///< as text: "100"
    double minimum = 0;               ///< Integer, Real: smallest value allowed
    double maximum = 0;               ///< Integer, Real: largest value allowed
    std::vector<std::string> choices; ///< Choice: the values allowed

    static TaskOptionSpec integer(std::string name, std::string description,
                                  std::int64_t defaultValue, std::int64_t minimum,
                                  std::int64_t maximum);
    static TaskOptionSpec real(std::string name, std::string description, double defaultValue,
                               double minimum, double maximum);
    static TaskOptionSpec choice(std::string name, std::string description,
                                 std::vector<std::string> choices, std::string defaultValue);
    /** Free text, such as a file path; any value without a line break is accepted. */
    static TaskOptionSpec text(std::string name, std::string description, std::string defaultValue);

    /** Empty when `value` is acceptable, else what is wrong with it, in words. */
    std::string check(const std::string& value) const;
    /** One line of help: "--lag N  sequence length T (an integer from 10 to 10000; default 100)".
     */
    std::string help() const;
};

/** The value of an option that TaskRegistry::make() has checked. Throw std::invalid_argument when
 * the option is missing or not of the kind. */
std::int64_t optionInteger(const TaskOptions& options, const std::string& name);
double optionReal(const TaskOptions& options, const std::string& name);
const std::string& optionText(const TaskOptions& options, const std::string& name);

} // namespace data
