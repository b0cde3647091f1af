#pragma once

#include "loopbackhttpserver.h"

#include <QThread>

namespace TestSupport {

/// A LoopbackHttpServer on a thread of its own, so that the server's work does not run on (or
/// count against) the client's thread, as benchmarks want. Set the server's handler (it runs on
/// the server's thread), then start(). The destructor stops the thread and deletes the server.
class LoopbackServerThread
{
public:
    LoopbackServerThread();
    ~LoopbackServerThread();
    LoopbackServerThread(const LoopbackServerThread &) = delete;
    LoopbackServerThread &operator=(const LoopbackServerThread &) = delete;

    LoopbackHttpServer *server() const { return m_server; }
    /// Moves the server to the thread, starts the thread and listens on 127.0.0.1; false if it cannot listen.
    bool start();

private:
    QThread m_thread;
    LoopbackHttpServer *m_server; ///< deleted on m_thread when it finishes
};

} // namespace TestSupport
