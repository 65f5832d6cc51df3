#pragma once
/**
 * The pieces every serialize() of session_serialization.h is made of: floating-point values as
 * bit patterns, Eigen arrays as blocks of little-endian bytes (as PayloadFormat's version says),
 * checked enums, and strings, vectors, maps and arrays whose counts are checked against the bytes
 * left (InputBudget) before anything is allocated. Each works in both
 * directions, like Boost's `ar & x`. Private to src/session.
 */
#include "core/types.h"
#include "session/input_budget.h"
#include "session/payload_format.h"
#include "session/session_error.h"

#include <algorithm>
#include <bit>
#include <boost/serialization/version.hpp>
#include <cstdint>
#include <map>
#include <string>
#include <type_traits>
#include <vector>

namespace session::archive {

template <class Archive>
constexpr bool kLoading = Archive::is_loading::value;

template <class Archive>
const InputBudget& budget(Archive& ar) {
    return ar.template get_helper<InputBudget>();
}

/** Refuses a class stored by a newer LSTM Studio than this one. */
template <class T>
void checkVersion(unsigned version, const char* what) {
    const unsigned known = boost::serialization::version<T>::value;
    if (version > known)
        throw SessionError("the session was made by a newer LSTM Studio: its " + std::string(what) +
                           " is of version " + std::to_string(version) +
                           ", this version reads up to " + std::to_string(known));
}

/** A float or double as its bit pattern: exact, NaN and ±∞ included. */
template <class Archive, class Real>
void exact(Archive& ar, Real& value) {
    static_assert(std::is_floating_point_v<Real>);
    using Bits = std::conditional_t<sizeof(Real) == 8, std::uint64_t, std::uint32_t>;
    Bits bits = kLoading<Archive> ? 0 : std::bit_cast<Bits>(value);
    ar& bits;
    if constexpr (kLoading<Archive>)
        value = std::bit_cast<Real>(bits);
}

/** An enum as its number, refused when past `last`. */
template <class Archive, class Enum>
void enumeration(Archive& ar, Enum& value, Enum last, const char* what) {
    int number = static_cast<int>(value);
    ar& number;
    if constexpr (kLoading<Archive>) {
        if (number < 0 || number > static_cast<int>(last))
            throw SessionError("the file is damaged: unknown " + std::string(what) + " " +
                               std::to_string(number));
        value = static_cast<Enum>(number);
    }
}

/** A string as Boost writes it (size, a space, the bytes), its size checked before reading. */
template <class Archive>
void text(Archive& ar, std::string& value, const char* what) {
    if constexpr (!kLoading<Archive>) {
        ar& value;
    } else {
        std::uint64_t size = 0;
        ar& size;
        std::istream& in = *budget(ar).stream();
        in.get(); // the space after the size
        budget(ar).require(size, 1, std::string("bytes of ") + what);
        value.resize(size);
        in.read(value.data(), std::streamsize(size));
        if (std::uint64_t(in.gcount()) != size)
            throw SessionError(std::string("the file is damaged: ") + what + " is cut short");
    }
}

/** A count of elements of at least `bytesEach` bytes each, checked on loading. */
template <class Archive>
std::uint64_t count(Archive& ar, std::uint64_t value, std::uint64_t bytesEach, const char* what) {
    ar& value;
    if constexpr (kLoading<Archive>)
        budget(ar).require(value, bytesEach, what);
    return value;
}

/** A vector whose elements `each(ar, element)` reads or writes; grows as elements arrive. */
template <class Archive, class T, class Each>
void sequence(Archive& ar, std::vector<T>& values, const char* what, Each each) {
    const std::uint64_t n = count(ar, values.size(), 2, what);
    if constexpr (kLoading<Archive>) {
        values.clear();
        for (std::uint64_t i = 0; i < n; ++i)
            each(ar, values.emplace_back());
    } else {
        for (T& value : values)
            each(ar, value);
    }
}

/** A vector of serializable classes. */
template <class Archive, class T>
void sequence(Archive& ar, std::vector<T>& values, const char* what) {
    sequence(ar, values, what, [](Archive& a, T& value) { a& value; });
}

/** A std::vector<float>. */
template <class Archive>
void reals(Archive& ar, std::vector<float>& values, const char* what) {
    sequence(ar, values, what, [](Archive& a, float& value) { exact(a, value); });
}

/** A name → value map of strings (task options, block properties). */
template <class Archive>
void textMap(Archive& ar, std::map<std::string, std::string>& values, const char* what) {
    const std::uint64_t n = count(ar, values.size(), 4, what);
    if constexpr (kLoading<Archive>) {
        values.clear();
        for (std::uint64_t i = 0; i < n; ++i) {
            std::string key, value;
            text(ar, key, what);
            text(ar, value, what);
            if (!values.emplace(std::move(key), std::move(value)).second)
                throw SessionError(std::string("the file is damaged: a repeated name in ") + what);
        }
    } else {
        for (auto& [key, value] : values) {
            std::string name = key;
            text(ar, name, what);
            text(ar, value, what);
        }
    }
}

/** A float array's bytes, little-endian whatever the machine (IEEE-754 binary32). */
inline void toLittleEndian(char* bytes, std::size_t size) {
    if constexpr (std::endian::native == std::endian::big)
        for (std::size_t i = 0; i + 4 <= size; i += 4)
            std::reverse(bytes + i, bytes + i + 4);
}

/** `values` (already sized) as one block of bytes, read or written like a string. */
template <class Archive>
void packedFloats(Archive& ar, float* values, std::uint64_t count, const char* what) {
    const std::uint64_t expected = count * sizeof(float);
    if constexpr (!kLoading<Archive>) {
        std::string block(reinterpret_cast<const char*>(values), expected);
        toLittleEndian(block.data(), block.size());
        ar& block;
    } else {
        std::uint64_t size = 0;
        ar& size;
        if (size != expected)
            throw SessionError("the file is damaged: " + std::string(what) + " holds " +
                               std::to_string(size) + " bytes where " + std::to_string(count) +
                               " floats take " + std::to_string(expected));
        std::istream& in = *budget(ar).stream();
        in.get(); // the space after the size
        budget(ar).require(size, 1, std::string("bytes of ") + what);
        char* bytes = reinterpret_cast<char*>(values);
        in.read(bytes, std::streamsize(size));
        if (std::uint64_t(in.gcount()) != size)
            throw SessionError(std::string("the file is damaged: ") + what + " is cut short");
        toLittleEndian(bytes, size);
    }
}

/**
 * An Eigen column vector or row-major matrix of floats, its size checked before allocating:
 * packed (PayloadFormat::packedArrays) or, in a version 1 file, one bit pattern per float.
 */
template <class Archive, class Derived>
void array(Archive& ar, Eigen::PlainObjectBase<Derived>& values, const char* what) {
    static_assert(std::is_same_v<typename Derived::Scalar, float>);
    std::int64_t rows = values.rows(), cols = values.cols();
    ar& rows;
    if constexpr (Derived::ColsAtCompileTime != 1)
        ar& cols;
    if constexpr (kLoading<Archive>) {
        if (rows < 0 || cols < 0)
            throw SessionError(std::string("the file is damaged: negative size of ") + what);
        budget(ar).require(std::uint64_t(rows), 1, what);
        budget(ar).require(std::uint64_t(cols), 1, what);
        budget(ar).require(std::uint64_t(rows) * std::uint64_t(cols), 2, what);
        values.resize(rows, cols);
        if (!ar.template get_helper<PayloadFormat>(PayloadFormat::archiveKey()).packedArrays()) {
            for (core::Index i = 0; i < values.size(); ++i)
                exact(ar, values.data()[i]);
            return;
        }
    }
    packedFloats(ar, values.data(), std::uint64_t(values.size()), what);
}

} // namespace session::archive
