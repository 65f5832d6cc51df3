#include "app/document/task_texts.h"

#include <QRegularExpression>
#include <QtGlobal>

namespace app {

namespace {

/** Every English text of the built-in tasks, as looked up (numbers as %1, %2, …), for lupdate.
 * tst_task_texts fails when a task says something this list lacks. */
[[maybe_unused]] const char* const kTaskTexts[] = {
    QT_TRANSLATE_NOOP("app::TaskTexts", "%1 (end)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "%1 (marked)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "%1 (start)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "(%1, %2) pen down"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "(%1, %2) pen up"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "Adding problem (Hochreiter & Schmidhuber %1): add the two "
                                        "marked values of a long sequence of random numbers"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Character-level language model: predict the next character of Shakespeare "
                      "(English) or Victor Hugo (French)"),
    QT_TRANSLATE_NOOP(
        "app::TaskTexts",
        "Copy task (Arjovsky et al. %1): reproduce %2 symbols after a long run of blanks"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "Dates in words to ISO dates (sequence to sequence with "
                                        "attention): \"vingt-huit novembre %1\" → %2-%3-%4"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Embedded Reber grammar (Cleeremans et al. %1): predict the legal next "
                      "symbols, remembering which of T or P opened the string"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "Forecast a US quarterly macro-economic series, %1-%2"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Forecast a series from a CSV file of your own (--file PATH --column NAME)"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Forecast monthly El Nino (Nino %1+%2) sea-surface temperature, %3-%4"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Forecast monthly euro-area electrical equipment orders index, %1-%2"),
    QT_TRANSLATE_NOOP(
        "app::TaskTexts",
        "Forecast the next value of a sine wave, a sum of three sines, or a noisy sine"),
    QT_TRANSLATE_NOOP(
        "app::TaskTexts",
        "Forecast weekly atmospheric CO2 at Mauna Loa (ppm), %1-%2, gaps interpolated"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "Forecast yearly flow of the Nile at Aswan, %1-%2"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "Forecast yearly sunspot activity, %1-%2"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Gesture recognition: name the shape drawn by pen strokes (dx, dy, pen), "
                      "from noisy templates and the user's recordings"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "Sentiment of review sentences (Kotzias et al. %1): read "
                                        "the words, say positive or negative"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "Temporal order (Hochreiter & Schmidhuber %1): classify a "
                                        "long sequence by the order of the X and Y hidden in it"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "a gestures file of recorded gestures to add (see GestureFile)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "accuracy"),
    QT_TRANSLATE_NOOP(
        "app::TaskTexts",
        "accuracy of at least %1 on the validation sentences (the majority baseline: %2)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "adding"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "layer %1"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "layer %1 (reverse)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "decoder"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "adding-gru"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "text-english"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "text-french"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "all"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "always predict the mean, %1 (closed form)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "always the most frequent training class, circle, with the "
                                        "training class frequencies (computed)"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "always the training majority, positive, with its training frequency"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "amazon"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "arrow"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "at least %1% of the validation dates exactly right under greedy decoding "
                      "(the teacher-forced exact match, which is the same)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "at least %1% of the validation gestures classified right"),
    QT_TRANSLATE_NOOP(
        "app::TaskTexts",
        "at most %1 bits per character on the validation text (the unigram baseline: %2)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "auto"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "bits per character"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "blanks T between the symbols and their copy (sequences of T+%1 steps)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "both"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "chance: a uniform guess over the %1 classes"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "characters per sequence"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "characters seen fewer times in training are <unk>"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "check"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "circle"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "co2"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "column"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "copy"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "copy accuracy"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "cpi"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "cross"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "csv"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "dates"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "decimal-comma"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "delimiter"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "elec-equip"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "elnino"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "english"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "eval-size"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "exact match"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "file"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "first-year"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "fraction of strings right"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "fraction |error| < %1"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "french"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "gestures"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "header"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "horizon"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "imdb"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "infl"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "input steps the network reads"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "interpolate"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "kind"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "lag"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "language"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "last-year"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "length"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "m1"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "macro"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "mean absolute error"),
    QT_TRANSLATE_NOOP(
        "app::TaskTexts",
        "memoryless: blank until the delimiter, then a uniform guess over the %1 symbols"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "min-count"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "minimal sequence length T (lengths T to T+T/%1)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "missing"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "mse after warm-up"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "multi"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "nile"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "no"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "noisy"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "numbers written %1,%2"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "on at least %1% of the validation strings, every step's predicted symbols "
                      "(probability ≥ %2) are exactly the legal next symbols"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "one row a year, one column a month: read row after row"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "per-position character frequencies of the training dates "
                                        "(majority string %1-%2-%3, computed)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "persistence: repeat the last value"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "persistence: repeat the last value (seasonal persistence scores %1)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "pop"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "predict each character with its frequency in the training "
                                        "text (unigram entropy, closed form)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "realcons"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "realdpi"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "realgdp"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "realgovt"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "realint"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "realinv"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "reber"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "recordings"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "refuse"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "relevant X/Y symbols (%1 or %2 classes)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "repeat the last value (measured on the validation split)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "season"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "seasonal persistence: the value %1 steps earlier (persistence scores %2)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "sentiment"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "sine"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "skip"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "source"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "spiral"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "square"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "steps ahead it forecasts"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "steps in a season, for the seasonal baseline (%1: none)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "steps per sequence"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "sunspots"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "symbols"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "tab"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "tbilrate"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "temporal-order"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "text"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "the CSV file"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "the earliest year"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "the field separator (auto: sniffed)"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "the grammar without memory: T and P at ½ before the closing T/P"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "the language the dates are written in"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "the latest year"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "the reviews: Amazon, IMDb, Yelp or all three"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "the series to forecast"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "the signal"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "the text"),
    QT_TRANSLATE_NOOP(
        "app::TaskTexts",
        "the value column, by name or %1-based number; none: the first column of numbers"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "train-size"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "training sentences (at most the %1% there are)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "training sequences"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "training windows (at most what the %1% of the text holds)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "triangle"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "unemp"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "validation MSE after the %1-step warm-up below %2 (a "
                                        "tenth of the repeat-last baseline's %3)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "validation accuracy of at least %1 (chance is %2/%3)"),
    QT_TRANSLATE_NOOP(
        "app::TaskTexts",
        "validation cross-entropy below a tenth of the memoryless baseline's (< %1 nats)"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "validation mean absolute error at most %1, a tenth below the baseline's %2 "
                      "(persistence: repeat the last value (seasonal persistence scores %3))"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "validation mean absolute error at most %1, a tenth below "
                                        "the baseline's %2 (persistence: repeat the last value)"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "validation mean absolute error at most %1, a tenth below the baseline's %2 "
                      "(seasonal persistence: the value %3 steps earlier (persistence scores %4))"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "validation sentences, and as many test ones (at most the %1% there are)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "validation sequences, and as many test ones"),
    QT_TRANSLATE_NOOP(
        "app::TaskTexts",
        "validation windows, and as many test ones (at most what the %1% of the text holds)"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "what to do with empty cells, NA, NaN"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "what to do with the weeks without a measurement"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "whether the first line names the columns"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "wide"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "window"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "words seen fewer times in training are <unk>"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "yelp"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "yes"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "zigzag"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "|error| < %1 on at least %2% of the validation sequences"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Spoken digits: name the digit %1-%2 said in a clip of synthesized speech "
                      "(English and French), from its log-mel spectrogram"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Recognize the spoken digits %1-%2 (English and French) from log-mel frames"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Recognize the spoken digits %1-%2 (en) from log-mel frames"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "Recognize the spoken digits %1-%2 (fr) from log-mel frames"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "always the most frequent training digit, %1, with the training digit "
                      "frequencies (computed; %2% for balanced digits)"),
    QT_TRANSLATE_NOOP("app::TaskTexts",
                      "at least %1% of the validation clips (voices never heard in training) named "
                      "right"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "which language's digits"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "standard deviation of white noise added to the sound"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "noise"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "speech-digits"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "en"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "fr"),
    QT_TRANSLATE_NOOP("app::TaskTexts", "%1 ms: loudest band %2 (%3 Hz)"),

};

const QRegularExpression& numberPattern() {
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![A-Za-z0-9])-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)"));
    return pattern;
}

} // namespace

QString TaskTexts::keyOf(const QString& english, QStringList* numbers) {
    QString key;
    qsizetype from = 0;
    int count = 0;
    for (const QRegularExpressionMatch& match : numberPattern().globalMatch(english)) {
        key += english.mid(from, match.capturedStart() - from);
        key += QLatin1Char('%') + QString::number(++count);
        if (numbers)
            *numbers << match.captured();
        from = match.capturedEnd();
    }
    return key + english.mid(from);
}

QString TaskTexts::translated(const std::string& english) {
    const QString text = QString::fromStdString(english);
    QStringList numbers;
    const QString key = keyOf(text, &numbers);
    if (numbers.size() > 9) // QString::arg reads %1 … %99, but no text has that many numbers
        return text;
    const QByteArray utf8 = key.toUtf8();
    QString result = QCoreApplication::translate("app::TaskTexts", utf8.constData());
    if (result == key)
        return text;
    for (const QString& number : numbers)
        result = result.arg(number);
    return result;
}

} // namespace app
