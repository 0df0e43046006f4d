import Foundation
import Tensor

/// One HTTP(S) GET through the system's libcurl (libcurl.so.4), loaded at run time: awish
/// links no networking library, so its release build needs nothing but the Swift toolchain.
/// The body streams into a file; the caller decides what the outcome means.
enum CurlTransfer {
  struct Outcome {
    var status: Int?
    var contentType = ""
    var expectedLength: Int64?
    var received: Int64 = 0
    /// The SHA-256 of the body as it was written, taken on the way (the file is not read
    /// back to hash it).
    var sha256 = ""
    /// Seconds the server asked to wait before trying again (Retry-After), if it said.
    var retryAfter: Double?
    /// libcurl's description of a transfer that failed (no connection, dropped, timed out,
    /// short body); nil when the transfer completed.
    var failure: String?
  }

  struct Unavailable: Error {
    let message =
      "fetching over HTTP needs libcurl, which is not installed (Debian: apt-get install libcurl4)"
  }

  private typealias Initialize = @convention(c) () -> OpaquePointer?
  private typealias SetInteger = @convention(c) (OpaquePointer, Int32, Int) -> Int32
  private typealias SetPointer = @convention(c) (OpaquePointer, Int32, UnsafeRawPointer?) -> Int32
  private typealias Perform = @convention(c) (OpaquePointer) -> Int32
  private typealias GetInfo =
    @convention(c) (OpaquePointer, Int32, UnsafeMutableRawPointer) -> Int32
  private typealias Cleanup = @convention(c) (OpaquePointer) -> Void
  private typealias Describe = @convention(c) (Int32) -> UnsafePointer<CChar>?
  private typealias ListAppend =
    @convention(c) (OpaquePointer?, UnsafePointer<CChar>) -> OpaquePointer?
  private typealias ListFree = @convention(c) (OpaquePointer?) -> Void
  private typealias GlobalInit = @convention(c) (Int) -> Int32
  typealias Writer =
    @convention(c) (
      UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?
    ) -> Int

  private struct Library: @unchecked Sendable {
    let initialize: Initialize
    let setInteger: SetInteger
    let setPointer: SetPointer
    let perform: Perform
    let getInfo: GetInfo
    let cleanup: Cleanup
    let describe: Describe
    let listAppend: ListAppend
    let listFree: ListFree
  }

  private static let library: Library? = {
    // libcurl4, or the GnuTLS build that git depends on (same API and soname version).
    guard
      let library = SharedLibrary(["libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so"]),
      let global = library.function("curl_global_init", as: GlobalInit.self),
      let initialize = library.function("curl_easy_init", as: Initialize.self),
      // curl_easy_setopt and curl_easy_getinfo are variadic; integer and pointer arguments
      // pass in the same registers as for these fixed signatures on the platforms we build.
      let setInteger = library.function("curl_easy_setopt", as: SetInteger.self),
      let setPointer = library.function("curl_easy_setopt", as: SetPointer.self),
      let perform = library.function("curl_easy_perform", as: Perform.self),
      let getInfo = library.function("curl_easy_getinfo", as: GetInfo.self),
      let cleanup = library.function("curl_easy_cleanup", as: Cleanup.self),
      let describe = library.function("curl_easy_strerror", as: Describe.self),
      let append = library.function("curl_slist_append", as: ListAppend.self),
      let free = library.function("curl_slist_free_all", as: ListFree.self)
    else { return nil }
    // CURL_GLOBAL_DEFAULT (SSL | WIN32); once, before any other call, as libcurl asks.
    _ = global(3)
    return Library(
      initialize: initialize, setInteger: setInteger, setPointer: setPointer, perform: perform,
      getInfo: getInfo, cleanup: cleanup, describe: describe, listAppend: append,
      listFree: free)
  }()

  // Option and info numbers from curl/curl.h.
  private enum Option {
    static let writeData: Int32 = 10001
    static let url: Int32 = 10002
    static let lowSpeedLimit: Int32 = 19
    static let lowSpeedTime: Int32 = 20
    static let httpHeader: Int32 = 10023
    static let failOnError: Int32 = 45
    static let followLocation: Int32 = 52
    static let connectTimeout: Int32 = 78
    static let noSignal: Int32 = 99
    static let userAgent: Int32 = 10018
    static let writeFunction: Int32 = 20011
    static let headerFunction: Int32 = 20079
    static let headerData: Int32 = 10029
    static let maxRedirects: Int32 = 68
  }

  private enum Info {
    static let responseCode: Int32 = 0x20_0002
    static let contentType: Int32 = 0x10_0012
    static let contentLength: Int32 = 0x60_000F
  }

  /// Receives the body: written to a file, hashed, counted, reported; and the headers of the
  /// last response (after redirects).
  final class Sink {
    let file: UnsafeMutablePointer<FILE>
    var received: Int64 = 0
    var hash = SHA256()
    var failed = false
    var retryAfter: Double?
    let onData: (Int64) -> Void

    init(file: UnsafeMutablePointer<FILE>, onData: @escaping (Int64) -> Void) {
      self.file = file
      self.onData = onData
    }
  }

  private static let write: Writer = { data, size, count, context in
    guard let data, let context else { return 0 }
    let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
    let bytes = size * count
    guard fwrite(data, 1, bytes, sink.file) == bytes else {
      sink.failed = true
      return 0
    }
    sink.hash.update(UnsafeRawBufferPointer(start: data, count: bytes))
    sink.received += Int64(bytes)
    sink.onData(sink.received)
    return bytes
  }

  private static let header: Writer = { data, size, count, context in
    guard let data, let context else { return 0 }
    let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
    let bytes = size * count
    let line = String(
      decoding: UnsafeRawBufferPointer(start: data, count: bytes), as: UTF8.self)
    if line.hasPrefix("HTTP/") { sink.retryAfter = nil }
    if line.lowercased().hasPrefix("retry-after:") {
      sink.retryAfter = Double(line.dropFirst(12).trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return bytes
  }

  /// GETs `url` into `path` (created or truncated). `onData` sees the running byte count.
  static func get(
    _ url: String, headers: [String: String], to path: String, connectTimeout: Int,
    stallTimeout: Int, onData: @escaping (Int64) -> Void
  ) throws(Unavailable) -> Outcome {
    guard let library, let handle = library.initialize() else { throw Unavailable() }
    defer { library.cleanup(handle) }
    guard let file = fopen(path, "wb") else {
      return Outcome(failure: "cannot write \(path): \(String(cString: strerror(errno)))")
    }
    let sink = Sink(file: file, onData: onData)
    let context = Unmanaged.passRetained(sink)
    defer {
      context.release()
      fclose(file)
    }
    var list: OpaquePointer?
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
      list = library.listAppend(list, "\(name): \(value)")
    }
    defer { library.listFree(list) }
    let userAgent = "awish (+https://www.awi.de)"
    let code: Int32 = url.withCString { urlText in
      userAgent.withCString { agentText in
        _ = library.setPointer(handle, Option.url, urlText)
        _ = library.setPointer(handle, Option.userAgent, agentText)
        _ = library.setInteger(handle, Option.followLocation, 1)
        _ = library.setInteger(handle, Option.maxRedirects, 10)
        _ = library.setInteger(handle, Option.noSignal, 1)
        _ = library.setInteger(handle, Option.connectTimeout, connectTimeout)
        // Give up when fewer than 1 byte/s arrive for `stallTimeout` seconds.
        _ = library.setInteger(handle, Option.lowSpeedLimit, 1)
        _ = library.setInteger(handle, Option.lowSpeedTime, stallTimeout)
        _ = library.setPointer(handle, Option.httpHeader, list.map { UnsafeRawPointer($0) })
        _ = library.setPointer(
          handle, Option.writeFunction, unsafeBitCast(write, to: UnsafeRawPointer.self))
        _ = library.setPointer(handle, Option.writeData, context.toOpaque())
        _ = library.setPointer(
          handle, Option.headerFunction, unsafeBitCast(header, to: UnsafeRawPointer.self))
        _ = library.setPointer(handle, Option.headerData, context.toOpaque())
        return library.perform(handle)
      }
    }
    var outcome = Outcome(received: sink.received, sha256: sink.hash.finish())
    outcome.retryAfter = sink.retryAfter
    var status = 0
    if library.getInfo(handle, Info.responseCode, &status) == 0, status > 0 {
      outcome.status = status
    }
    var type: UnsafePointer<CChar>?
    if library.getInfo(handle, Info.contentType, &type) == 0, let type {
      outcome.contentType = String(cString: type)
    }
    var length: Int64 = -1
    if library.getInfo(handle, Info.contentLength, &length) == 0, length >= 0 {
      outcome.expectedLength = length
    }
    if sink.failed {
      outcome.failure = "cannot write \(path): the disk may be full"
    } else if code != 0 {
      outcome.failure = library.describe(code).map { String(cString: $0) } ?? "curl error \(code)"
    }
    return outcome
  }
}
