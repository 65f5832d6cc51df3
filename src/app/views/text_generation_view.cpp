#include "app/views/text_generation_view.h"

#include "app/views/view_export.h"
#include "data/text_sampler.h"
#include "data/text_task.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <cmath>
#include <stdexcept>

namespace app {

struct TextGenerationView::Job {
    NetworkPtr network;
    data::CharVocabulary vocabulary;
    std::string prime;
    core::Index length = 0;
    data::TextSampler::Settings settings;
    std::string text, error;
};

namespace {

QString quoted(QString field) {
    return u'"' + field.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

TextGenerationView::TextGenerationView(QWidget* parent)
    : OutputView(parent)
    , m_temperature(new QSlider(Qt::Horizontal, this))
    , m_temperatureLabel(new QLabel(this))
    , m_prime(new QLineEdit(this))
    , m_seed(new QSpinBox(this))
    , m_length(new QSpinBox(this))
    , m_generate(new QPushButton(tr("Generate"), this))
    , m_output(new QPlainTextEdit(this)) {
    m_temperature->setRange(10, 200);
    m_temperature->setValue(100);
    m_temperature->setToolTip(tr("Temperature: low values pick the likeliest character, high "
                                 "values take more chances"));
    m_prime->setPlaceholderText(tr("The text to continue"));
    m_prime->setToolTip(tr("The network reads this first, then writes what follows"));
    m_seed->setRange(1, 1000000);
    m_seed->setToolTip(tr("Fixes the random draws: the same seed writes the same text"));
    m_length->setRange(1, kMaxLength);
    m_length->setValue(200);
    m_length->setToolTip(tr("How many characters to write"));
    m_generate->setToolTip(tr("Write text with the network as it is now"));
    m_output->setReadOnly(true);
    m_output->setToolTip(tr("The prime, then the generated text"));
    m_temperatureLabel->setMinimumWidth(
        m_temperatureLabel->fontMetrics().horizontalAdvance(QStringLiteral("0.00 ")));

    auto* temperatureRow = new QHBoxLayout;
    temperatureRow->addWidget(m_temperature, 1);
    temperatureRow->addWidget(m_temperatureLabel);
    auto* form = new QFormLayout;
    form->addRow(tr("Prime:"), m_prime);
    form->addRow(tr("Temperature:"), temperatureRow);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Seed:"), this));
    row->addWidget(m_seed);
    row->addWidget(new QLabel(tr("Length:"), this));
    row->addWidget(m_length);
    row->addStretch(1);
    row->addWidget(m_generate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_output, 1);

    connect(m_temperature, &QSlider::valueChanged, this, [this] { updateTemperatureLabel(); });
    connect(m_generate, &QPushButton::clicked, this, &TextGenerationView::generate);
    connect(m_prime, &QLineEdit::returnPressed, this, &TextGenerationView::generate);
    updateTemperatureLabel();
    refresh();
}

TextGenerationView::~TextGenerationView() {
    if (m_thread) {
        m_thread->wait(); // bounded: at most kMaxLength characters of a windowed context
        delete m_thread;  // finish() will not run to deleteLater() it
    }
}

void TextGenerationView::setTemperature(double temperature) {
    m_temperature->setValue(int(std::lround(std::clamp(temperature, 0.1, 2.0) * 100)));
}

double TextGenerationView::temperature() const {
    return m_temperature->value() / 100.0;
}

void TextGenerationView::setSeed(int seed) {
    m_seed->setValue(seed);
}

void TextGenerationView::setPrime(const QString& prime) {
    m_prime->setText(prime);
}

void TextGenerationView::setLength(int length) {
    m_length->setValue(length);
}

QString TextGenerationView::text() const {
    return m_output->toPlainText();
}

void TextGenerationView::updateTemperatureLabel() {
    m_temperatureLabel->setText(QString::number(temperature(), 'f', 2));
}

void TextGenerationView::refresh() {
    const bool usable = dynamic_cast<const data::TextTask*>(task()) && networkFitsTask();
    m_generate->setEnabled(usable);
    if (!usable)
        m_output->setPlainText(task() ? tr("No network that fits the task yet.") : QString());
}

void TextGenerationView::generate() {
    const auto* text = dynamic_cast<const data::TextTask*>(task());
    if (!text || !networkFitsTask())
        return;
    if (m_thread) {
        m_again = true; // the settings changed while it ran: once more when it is done
        return;
    }
    auto job = std::make_shared<Job>();
    job->network = network();
    job->vocabulary = text->vocabulary();
    job->length = m_length->value();
    job->prime = m_prime->text().toStdString();
    job->settings.temperature = temperature();
    job->settings.seed = std::uint64_t(m_seed->value());
    job->settings.context = text->settings().length;
    m_shownPrime = m_prime->text();
    m_shownTemperature = temperature();
    m_shownSeed = m_seed->value();
    m_thread = QThread::create([job] {
        try {
            const data::TextSampler sampler(*job->network, job->vocabulary);
            job->text = sampler.generate(job->prime, job->length, job->settings);
        } catch (const std::exception& problem) {
            job->error = problem.what();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, job] { finish(job); });
    m_generate->setText(tr("Generating…"));
    m_thread->start();
}

void TextGenerationView::finish(const std::shared_ptr<Job>& job) {
    m_thread->deleteLater();
    m_thread = nullptr;
    m_generate->setText(tr("Generate"));
    m_generated = QString::fromStdString(job->text);
    if (job->error.empty())
        m_output->setPlainText(m_shownPrime + m_generated);
    else
        m_output->setPlainText(tr("Cannot generate: %1").arg(QString::fromStdString(job->error)));
    emit generated(m_generated);
    if (std::exchange(m_again, false))
        generate();
}

QString TextGenerationView::exportCsv(const QString& path) const {
    return ViewExport::writeCsv(path, QStringLiteral("prime,temperature,seed,text"),
                                {quoted(m_shownPrime) + u',' +
                                 ViewExport::number(m_shownTemperature) + u',' +
                                 QString::number(m_shownSeed) + u',' + quoted(m_generated)});
}

} // namespace app
