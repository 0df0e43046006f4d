import Foundation

/// A C library opened at run time, for the system libraries awish uses when they are there
/// without linking them (libcrypto, libcurl, libnetcdf, zlib): the first of several file
/// names that opens, and its functions by name as typed C function pointers.
public struct SharedLibrary: @unchecked Sendable {
  /// dlopen's handle; never closed, as the library serves the whole process.
  let handle: UnsafeMutableRawPointer

  /// The first of `names` that opens, or nil when none is installed. `lazy` resolves
  /// symbols on first use (a library whose dependencies need not all resolve up front).
  public init?(_ names: [String], lazy: Bool = false) {
    let mode = (lazy ? RTLD_LAZY : RTLD_NOW) | RTLD_LOCAL
    guard let handle = names.lazy.compactMap({ dlopen($0, mode) }).first else { return nil }
    self.handle = handle
  }

  /// The function `name` as a C function pointer of type `T`, or nil when the library lacks
  /// it. `T` must be the `@convention(c)` type of the C declaration.
  public func function<T>(_ name: String, as type: T.Type = T.self) -> T? {
    dlsym(handle, name).map { unsafeBitCast($0, to: type) }
  }
}
