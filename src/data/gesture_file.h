#pragma once
/**
 * Gestures a user recorded, in a plain text file that people can read and edit:
 *
 *   lstm-studio-gestures 1
 *   # a comment; blank lines and lines starting with # are skipped
 *   gesture circle
 *   0.5 0 1
 *   0.48 0.12 1
 *   gesture cross
 *   1 1 1
 *   -1 0 0
 *   1 -1 1
 *
 * The first line names the format and its version. "gesture LABEL" starts a gesture of class
 * LABEL (letters, digits, "-" and "_"); each following line up to the next "gesture" line or the
 * end of the file is one step "dx dy pen" (gesture.h): two finite numbers in C notation, whatever
 * the locale, and a pen of 1 (down) or 0 (up). Every gesture has at least one step. Numbers are
 * written in their shortest form that reads back exactly, so save() then load() gives back the
 * same gestures bit for bit. Errors name the file and the line: "pad.txt:7: …".
 */
#include "data/gesture.h"

#include <string>
#include <vector>

namespace data {

class GestureFile {
public:
    /** The file's first line. */
    static constexpr const char* kHeader = "lstm-studio-gestures 1";

    /** Throws std::runtime_error naming the file when it cannot be read or is malformed. */
    static std::vector<Gesture> load(const std::string& path);
    /** Throws std::runtime_error naming the file when it cannot be written, and
     * std::invalid_argument for a gesture parse() would refuse. */
    static void save(const std::string& path, const std::vector<Gesture>& gestures);

    /** The gestures of `text`; `fileName` goes into the error messages. */
    static std::vector<Gesture> parse(const std::string& text, const std::string& fileName);
    /** The text of a file holding `gestures`. */
    static std::string format(const std::vector<Gesture>& gestures);
    /** Whether `label` is a valid class name: non-empty, letters, digits, "-" and "_". */
    static bool isValidLabel(const std::string& label);
};

} // namespace data
