#pragma once
/** The kinds of attention a decoder can use over its encoder's outputs, and their names in files
 * and on the command line. */
#include <optional>
#include <string>
#include <string_view>

namespace core {

/** None: the decoder has no attention. Dot: Luong's qᵀk. Additive: Bahdanau's
 * vᵀ tanh(W_q q + W_k k + b). */
enum class AttentionKind { None, Dot, Additive };

/** "none", "dot", "additive". */
inline std::string attentionKindName(AttentionKind kind) {
    switch (kind) {
    case AttentionKind::None:
        return "none";
    case AttentionKind::Dot:
        return "dot";
    case AttentionKind::Additive:
        return "additive";
    }
    return "none";
}

inline std::optional<AttentionKind> attentionKindFromName(std::string_view name) {
    for (AttentionKind kind : {AttentionKind::None, AttentionKind::Dot, AttentionKind::Additive})
        if (attentionKindName(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace core
