#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs work on a thread with a large stack, so deep awi recursion (up to
/// `Machine.maxCallDepth` calls) ends in an awi error, never in a stack overflow.
public enum LargeStack {
  /// Bytes of stack for the interpreter thread; only the pages used are ever committed.
  public static let size = 1 << 30

  private final class Job {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }

  /// Runs `body` on a fresh large-stack thread and waits for it. Falls back to the current
  /// thread if a thread cannot be made.
  public static func run<T>(_ body: () -> T) -> T {
    withoutActuallyEscaping(body) { escapable in
      var result: T?
      let job = Job { result = escapable() }
      let unmanaged = Unmanaged.passRetained(job)
      var attributes = pthread_attr_t()
      pthread_attr_init(&attributes)
      defer { pthread_attr_destroy(&attributes) }
      pthread_attr_setstacksize(&attributes, size)
      #if canImport(Glibc)
        var thread = pthread_t()
      #else
        var thread: pthread_t?
      #endif
      let created = pthread_create(
        &thread, &attributes,
        { pointer in
          #if canImport(Glibc)
            guard let pointer else { return nil }
          #endif
          let job = Unmanaged<Job>.fromOpaque(pointer).takeRetainedValue()
          job.body()
          return nil
        }, unmanaged.toOpaque())
      if created != 0 {
        unmanaged.release()
        return escapable()
      }
      #if canImport(Glibc)
        pthread_join(thread, nil)
      #else
        if let thread { pthread_join(thread, nil) }
      #endif
      guard let result else { return escapable() }
      return result
    }
  }
}
