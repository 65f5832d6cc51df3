#include "data/text_sampler.h"

#include "core/network_executor.h"
#include "data/random_stream.h"
#include "data/utf8_codec.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace data {

TextSampler::TextSampler(const core::Network<double>& network, const CharVocabulary& vocabulary)
    : m_network(network)
    , m_vocabulary(vocabulary) {
    const core::NetworkSpec& spec = network.spec();
    const std::string symbols = std::to_string(vocabulary.size());
    if (spec.inputKind != core::InputKind::Tokens || spec.inputSize != vocabulary.size())
        throw std::invalid_argument(
            "the model does not read tokens of " + symbols +
            " characters, as this text's vocabulary has (it reads " +
            std::to_string(spec.inputSize) +
            (spec.inputKind == core::InputKind::Tokens ? " tokens)" : " features)"));
    if (spec.outputMode != core::OutputMode::PerStep || spec.outputSize != vocabulary.size())
        throw std::invalid_argument("the model does not predict one of " + symbols +
                                    " characters at every step (it has " +
                                    std::to_string(spec.outputSize) + " outputs)");
}

std::string TextSampler::checkSettings(const Settings& settings) {
    if (!(settings.temperature > 0 && settings.temperature <= kMaxTemperature))
        return "the temperature must be above 0 and at most 100 (got " +
               std::to_string(settings.temperature) + ")";
    if (settings.topK < 0)
        return "top-k must be 0 (no truncation) or more (got " + std::to_string(settings.topK) +
               ")";
    if (settings.context < 0)
        return "the context must be 0 (the whole text) or more characters";
    return {};
}

std::vector<double> TextSampler::probabilities(std::span<const double> logits, double temperature,
                                               int topK) {
    if (const std::string problem = checkSettings({temperature, topK, 0, 0}); !problem.empty())
        throw std::invalid_argument(problem);
    if (logits.empty())
        throw std::invalid_argument("no logits to sample from");
    const size_t n = logits.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    const size_t kept = topK == 0 ? n : std::min(n, size_t(topK));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return logits[a] > logits[b]; });
    const double top = logits[order.front()];
    std::vector<double> p(n, 0.0);
    double sum = 0;
    for (size_t r = 0; r < kept; ++r) {
        const size_t i = order[r];
        p[i] = std::exp((logits[i] - top) / temperature);
        sum += p[i];
    }
    for (double& value : p)
        value /= sum;
    return p;
}

int TextSampler::draw(const std::vector<double>& probabilities, double u) {
    double cumulative = 0;
    int last = -1;
    for (size_t i = 0; i < probabilities.size(); ++i) {
        if (probabilities[i] <= 0)
            continue;
        cumulative += probabilities[i];
        last = int(i);
        if (u < cumulative)
            return last;
    }
    if (last < 0)
        throw std::invalid_argument("nothing to draw: every probability is 0");
    return last;
}

std::string TextSampler::generate(std::string_view prime, core::Index length,
                                  const Settings& settings) const {
    if (const std::string problem = checkSettings(settings); !problem.empty())
        throw std::invalid_argument(problem);
    if (length < 0)
        throw std::invalid_argument("the length to generate must be 0 or more");
    std::vector<std::int32_t> ids = m_vocabulary.encode(Utf8Codec::decode(prime, "the prime"));
    if (ids.empty())
        ids.push_back(m_vocabulary.idOf(U'\n'));
    std::mt19937_64 engine(RandomStream::mix(settings.seed));
    core::NetworkExecutor<double> executor(m_network);
    std::vector<std::int32_t> generated;
    for (core::Index n = 0; n < length; ++n) {
        const auto steps = core::Index(ids.size());
        const core::Index read = settings.context > 0 ? std::min(settings.context, steps) : steps;
        core::SequenceBatch<double> batch;
        batch.steps = read;
        batch.batch = 1;
        batch.tokens.assign(ids.end() - read, ids.end());
        const core::Matrix<double>& outputs = executor.forward(batch);
        const core::RowVector<double> logits = outputs.row(read - 1);
        const std::vector<double> p =
            probabilities(std::span<const double>(logits.data(), size_t(logits.size())),
                          settings.temperature, settings.topK);
        const double u = double(engine() >> 11) * 0x1.0p-53;
        const auto id = std::int32_t(draw(p, u));
        ids.push_back(id);
        generated.push_back(id);
    }
    return m_vocabulary.decode(generated);
}

} // namespace data
