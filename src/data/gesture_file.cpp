#include "data/gesture_file.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace data {

namespace {

std::string trimmed(const std::string& line) {
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
}

std::vector<std::string> fields(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string field; in >> field;)
        out.push_back(field);
    return out;
}

bool parseNumber(const std::string& text, double& value) {
    const char* begin = text.data() + (text.starts_with('+') ? 1 : 0);
    const char* end = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(begin, end, value);
    return error == std::errc() && ptr == end && begin != end && std::isfinite(value);
}

std::string number(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value + 0.0);
    return std::string(buffer, result.ptr);
}

StrokeStep parseStep(const std::string& line, const std::string& where) {
    const std::vector<std::string> f = fields(line);
    StrokeStep step;
    if (f.size() != 3)
        throw std::runtime_error(where + "expected a step \"dx dy pen\" (three fields), got \"" +
                                 line + "\"");
    if (!parseNumber(f[0], step.dx) || !parseNumber(f[1], step.dy))
        throw std::runtime_error(where + "dx and dy must be finite numbers, got \"" + line + "\"");
    if (f[2] != "0" && f[2] != "1")
        throw std::runtime_error(where + "the pen must be 1 (down) or 0 (up), got \"" + f[2] +
                                 "\"");
    step.pen = f[2] == "1" ? 1 : 0;
    return step;
}

} // namespace

bool GestureFile::isValidLabel(const std::string& label) {
    if (label.empty())
        return false;
    for (char c : label)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_')
            return false;
    return true;
}

std::vector<Gesture> GestureFile::parse(const std::string& text, const std::string& fileName) {
    std::istringstream in(text);
    std::vector<Gesture> gestures;
    std::string line;
    int number = 0, gestureLine = 0;
    bool sawHeader = false;
    const auto finish = [&] {
        if (!gestures.empty() && gestures.back().steps.empty())
            throw std::runtime_error(fileName + ":" + std::to_string(gestureLine) +
                                     ": the gesture \"" + gestures.back().label +
                                     "\" has no steps");
    };
    while (std::getline(in, line)) {
        ++number;
        const std::string where = fileName + ":" + std::to_string(number) + ": ";
        const std::string content = trimmed(line);
        if (content.empty() || content.starts_with('#'))
            continue;
        if (!sawHeader) {
            if (content != kHeader)
                throw std::runtime_error(where + "not a gestures file: the first line must be \"" +
                                         kHeader + "\"");
            sawHeader = true;
        } else if (content.starts_with("gesture")) {
            const std::vector<std::string> f = fields(content);
            if (f.size() != 2 || f[0] != "gesture" || !isValidLabel(f[1]))
                throw std::runtime_error(where +
                                         "expected \"gesture LABEL\" with a label of "
                                         "letters, digits, - and _, got \"" +
                                         content + "\"");
            finish();
            gestures.push_back({f[1], {}});
            gestureLine = number;
        } else if (gestures.empty()) {
            throw std::runtime_error(where + "a step before the first \"gesture LABEL\" line");
        } else {
            gestures.back().steps.push_back(parseStep(content, where));
        }
    }
    if (!sawHeader)
        throw std::runtime_error(fileName + ": the file is empty, not a gestures file");
    finish();
    return gestures;
}

std::string GestureFile::format(const std::vector<Gesture>& gestures) {
    std::string out = std::string(kHeader) + "\n";
    for (const Gesture& g : gestures) {
        if (!isValidLabel(g.label))
            throw std::invalid_argument("\"" + g.label + "\" is not a valid gesture label " +
                                        "(letters, digits, - and _)");
        if (g.steps.empty())
            throw std::invalid_argument("the gesture \"" + g.label + "\" has no steps");
        out += "gesture " + g.label + "\n";
        for (const StrokeStep& s : g.steps) {
            if (!std::isfinite(s.dx) || !std::isfinite(s.dy) || (s.pen != 0 && s.pen != 1))
                throw std::invalid_argument("the gesture \"" + g.label +
                                            "\" has a step that is not finite or whose pen is "
                                            "neither 0 nor 1");
            out += number(s.dx) + " " + number(s.dy) + " " + std::to_string(s.pen) + "\n";
        }
    }
    return out;
}

std::vector<Gesture> GestureFile::load(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw std::runtime_error(path + ": cannot open the gestures file");
    std::ostringstream text;
    text << file.rdbuf();
    return parse(text.str(), path);
}

void GestureFile::save(const std::string& path, const std::vector<Gesture>& gestures) {
    const std::string text = format(gestures);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file || !(file << text) || !file.flush())
        throw std::runtime_error(path + ": cannot write the gestures file");
}

} // namespace data
