#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A mutual-exclusion lock for the memos a summary keeps (``CueHitMemo``, ``SentenceCache``).
///
/// Every section it guards is a few loads and stores (a memo computes its value outside the lock),
/// and a summary's memos are read by one thread at a time (a run hands out whole letters), so the
/// lock is almost never contended: on Linux it is a spin lock (`pthread_spin_lock`: an atomic
/// exchange to take it, a store to release it), about a third of a `pthread_mutex_t`'s
/// instructions for a lock and unlock; elsewhere a `pthread_mutex_t` of its own. `NSLock` holds
/// the same mutex behind an open class of Foundation's, whose calls cost a dynamic dispatch and
/// checks of their own.
final class MemoLock: @unchecked Sendable {
    #if canImport(Glibc)
        private let spin: UnsafeMutablePointer<pthread_spinlock_t>

        init() {
            spin = .allocate(capacity: 1)
            spin.initialize(to: 0)
            pthread_spin_init(spin, Int32(PTHREAD_PROCESS_PRIVATE))
        }

        deinit {
            pthread_spin_destroy(spin)
            spin.deinitialize(count: 1)
            spin.deallocate()
        }

        @inline(__always) func lock() { pthread_spin_lock(spin) }

        @inline(__always) func unlock() { pthread_spin_unlock(spin) }
    #else
        private let mutex: UnsafeMutablePointer<pthread_mutex_t>

        init() {
            mutex = .allocate(capacity: 1)
            mutex.initialize(to: pthread_mutex_t())
            pthread_mutex_init(mutex, nil)
        }

        deinit {
            pthread_mutex_destroy(mutex)
            mutex.deinitialize(count: 1)
            mutex.deallocate()
        }

        @inline(__always) func lock() { pthread_mutex_lock(mutex) }

        @inline(__always) func unlock() { pthread_mutex_unlock(mutex) }
    #endif
}
