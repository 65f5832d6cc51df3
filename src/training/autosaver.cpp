#include "training/autosaver.h"

#include "training/autosave_store.h"
#include "training/background_priority.h"

#include <QThread>
#include <algorithm>

namespace training {

Autosaver::Autosaver(AutosaveStore* store, Provider provider, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_provider(std::move(provider)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::autosave);
}

Autosaver::~Autosaver() {
    if (m_thread)
        m_thread->wait();
}

void Autosaver::setInterval(std::chrono::milliseconds interval) {
    m_interval = std::max(interval, std::chrono::milliseconds(0));
    m_timer.setInterval(m_interval);
}

void Autosaver::noteChange() {
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void Autosaver::markSaved() {
    m_dirty = false;
    m_timer.stop();
    m_queued.reset();
    if (m_thread) {
        m_clearAfterWrite = true;
        return;
    }
    QString error;
    if (!m_store->clear(&error))
        emit failed(error);
}

void Autosaver::saveNow() {
    m_timer.stop();
    if (m_dirty)
        autosave();
}

void Autosaver::autosave() {
    if (!m_dirty)
        return;
    m_dirty = false; // changes from here on wait for the next autosave
    if (std::optional<session::Session> session = m_provider ? m_provider() : std::nullopt)
        startWrite(std::make_shared<const session::Session>(std::move(*session)));
}

void Autosaver::write(session::Session session) {
    startWrite(std::make_shared<const session::Session>(std::move(session)));
}

void Autosaver::startWrite(std::shared_ptr<const session::Session> session) {
    if (m_thread) {
        m_queued = std::move(session); // the newest wins
        return;
    }
    m_store->ensureLocked();
    m_clearAfterWrite = false;
    m_result = std::make_shared<Outcome>();
    m_thread.reset(QThread::create(
        [store = m_store, session, outcome = m_result, original = m_originalPath, title = m_title] {
            BackgroundPriority::lowerThisThread();
            Result result;
            result.ok = store->writeFiles(*session, original, title, &result.error);
            outcome->set(std::move(result));
        }));
    QThread* thread = m_thread.get();
    connect(thread, &QThread::finished, this,
            [this, thread, outcome = m_result] { finishWrite(thread, outcome->get()); });
    thread->start(QThread::LowPriority);
}

void Autosaver::waitForWrite() {
    if (!m_thread)
        return;
    m_thread->wait();
    finishWrite(m_thread.get(), m_result->get());
    if (m_thread) // a queued session started a new write: wait for it too
        waitForWrite();
}

void Autosaver::finishWrite(QThread* thread, Result result) {
    if (thread != m_thread.get())
        return; // already reported by waitForWrite()
    m_thread->wait();
    m_thread.reset();
    if (m_clearAfterWrite) {
        m_clearAfterWrite = false;
        QString error;
        if (!m_store->clear(&error))
            emit failed(error);
        return;
    }
    if (result.ok) {
        emit saved(m_store->sessionPath());
    } else {
        m_dirty = true; // try again after the interval
        if (!m_timer.isActive())
            m_timer.start();
        emit failed(result.error);
    }
    if (std::shared_ptr<const session::Session> queued = std::move(m_queued))
        startWrite(std::move(queued));
}

} // namespace training
