#pragma once
/**
 * Generates text from a trained character-level language model (TextTask's network): feed a
 * prime, turn the logits z of the last step into probabilities, draw the next character, append
 * it, repeat.
 *
 * One draw (probabilities() then draw()): with temperature T > 0 and the set K of the k largest
 * logits (every logit when k = 0 or k ≥ V; ties at the k-th value go to the lower index),
 *
 *   p_i = exp((z_i − max z)/T) / Σ_{j∈K} exp((z_j − max z)/T)   for i ∈ K,   p_i = 0 otherwise;
 *
 * T → 0 approaches the arg max, T = 1 is the model's own distribution, T > 1 flattens it. The
 * draw is the inverse of the cumulative distribution at u ~ U[0, 1): the first i with
 * p_0 + … + p_i > u, from std::mt19937_64 seeded with the mixed seed, so a seed fixes the text.
 *
 * The network is a core::Network without a step-by-step interface, so every character re-runs
 * the whole prefix from the zero state: exact (the same outputs as one long pass), O(n²) in the
 * text's length. Settings::context bounds the prefix to its last characters — linear, and close
 * to how the network was trained, on windows of TextTask's length from the zero state.
 */
#include "core/network.h"
#include "data/char_vocabulary.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace data {

class TextSampler {
public:
    static constexpr double kMaxTemperature = 100.0;

    struct Settings {
        double temperature = 1.0; ///< T, in (0, kMaxTemperature]
        int topK = 0;             ///< 0: no truncation
        std::uint64_t seed = 1;
        core::Index context = 0; ///< characters the network reads per draw; 0: the whole text
    };

    /** Throws std::invalid_argument unless `network` reads and predicts `vocabulary`'s symbols.
     * Both must outlive the sampler. */
    TextSampler(const core::Network<double>& network, const CharVocabulary& vocabulary);

    /** Empty when the settings are usable, else what is wrong, in words. */
    static std::string checkSettings(const Settings& settings);
    /** The probabilities of one draw, as above. Throws std::invalid_argument on a bad T or k or
     * no logits. */
    static std::vector<double> probabilities(std::span<const double> logits, double temperature,
                                             int topK);
    /** The first index whose cumulative probability exceeds u ∈ [0, 1); the last index with a
     * nonzero probability when rounding leaves the sum below u. */
    static int draw(const std::vector<double>& probabilities, double u);

    /** `length` characters (code points) that follow `prime`, as UTF-8; an empty prime starts
     * from a new line. Throws std::invalid_argument on bad settings or a prime that is not UTF-8.
     */
    std::string generate(std::string_view prime, core::Index length,
                         const Settings& settings) const;

private:
    const core::Network<double>& m_network;
    const CharVocabulary& m_vocabulary;
};

} // namespace data
