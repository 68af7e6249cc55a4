#pragma once
// onFinished(): delivers a QFuture's result to a slot in the receiver's thread,
// and never after the receiver is gone (QFuture::then(context) asserts on that in debug builds).

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Takt {

/// Calls `handler(result)` in `context`'s thread once `future` has finished — always from
/// the event loop, never from inside this call, even when the future is already finished.
/// A future that ends without a result hands over a default T (for Result<X>: an Internal
/// error). Nothing is called if `context` is destroyed first.
template<typename T, typename Handler>
void onFinished(QObject *context, const QFuture<T> &future, Handler &&handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::forward<Handler>(handler)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         handler(done.isCanceled() || done.resultCount() == 0 ? T() : done.result());
                     });
    watcher->setFuture(future);
}

} // namespace Takt
