#include "loopbackserverthread.h"

namespace TestSupport {

LoopbackServerThread::LoopbackServerThread() : m_server(new LoopbackHttpServer) { }

LoopbackServerThread::~LoopbackServerThread()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_server;
    }
}

bool LoopbackServerThread::start()
{
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server, [&] { listening = m_server->listen(); }, Qt::BlockingQueuedConnection);
    return listening;
}

} // namespace TestSupport
