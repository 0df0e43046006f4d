import Foundation
import Interpreter
import Tensor

/// The one way awish talks to archives over HTTP: a GET through libcurl (CurlTransfer) with
/// connect and stall timeouts, retried with exponential backoff (or the server's
/// Retry-After) on 5xx, 429 and connection errors, streamed into a temporary file beside the
/// destination that is renamed into place only when the whole body arrived.
struct HTTPClient {
  var timeout: TimeInterval = 60
  var retries = 3
  /// The first wait between tries; it doubles after each.
  var backoff: TimeInterval = 1
  /// Where progress goes; nil for none (not a terminal).
  var progress: ((String) -> Void)?
  /// Where a line about each retry goes.
  var notice: (String) -> Void = { writeStandardError($0 + "\n") }

  /// What the server said about a finished download, and what was written: the body's size
  /// in bytes and its SHA-256, taken while it was written.
  struct Response {
    var status: Int
    var contentType: String
    var size = 0
    var sha256 = ""
  }

  /// Downloads `url` into `destination` (replaced atomically) after `check` accepted the
  /// temporary file. Throws `FetchError`.
  @discardableResult
  func download(
    _ url: URL, headers: [String: String] = [:], to destination: String,
    check: (String, Response) throws -> Void = { _, _ in }
  ) throws -> Response {
    var attempt = 0
    while true {
      attempt += 1
      do {
        return try once(url, headers: headers, to: destination, check: check)
      } catch let error as FetchError where error.isTransient && attempt <= retries {
        let wait = min(error.retryAfter ?? backoff * pow(2, Double(attempt - 1)), 120)
        notice("fetch: \(error.message); trying again in \(Int(wait)) s")
        Thread.sleep(forTimeInterval: wait)
      }
    }
  }

  private func once(
    _ url: URL, headers: [String: String], to destination: String,
    check accept: (String, Response) throws -> Void
  ) throws -> Response {
    let temporary = destination + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    let meter = ProgressMeter(progress: progress)
    let outcome: CurlTransfer.Outcome
    do {
      outcome = try CurlTransfer.get(
        url.absoluteString, headers: headers, to: temporary, connectTimeout: Int(timeout),
        stallTimeout: Int(timeout)
      ) { meter.update(received: $0) }
    } catch {
      throw FetchError(error.message)
    }
    meter.finish()
    let response = try check(outcome, url: url)
    try accept(temporary, response)
    // On disk before the rename, and the rename itself after: a power cut leaves no file or
    // the whole download, never a part of it under its final name.
    do throws(AtomicFile.Problem) {
      try AtomicFile.moveIntoPlace(temporary, destination, shown: destination)
    } catch {
      throw FetchError(error.message)
    }
    return response
  }

  /// The response when the status is 2xx and the whole body arrived; else the error.
  private func check(_ outcome: CurlTransfer.Outcome, url: URL) throws -> Response {
    if let status = outcome.status, !(200..<300).contains(status) {
      var error = FetchError.status(status, url)
      error.retryAfter = outcome.retryAfter
      throw error
    }
    if let expected = outcome.expectedLength, outcome.received < expected {
      throw FetchError.truncated(url, received: outcome.received, expected: expected)
    }
    if let failure = outcome.failure { throw FetchError.connection(url, reason: failure) }
    guard let status = outcome.status else {
      throw FetchError(ArchiveMessages.noResponse("\(url)"))
    }
    return Response(
      status: status, contentType: outcome.contentType, size: Int(outcome.received),
      sha256: outcome.sha256)
  }
}

/// A download's progress line on a terminal, at most ten times a second, once the download
/// has taken a second.
final class ProgressMeter {
  private let progress: ((String) -> Void)?
  private let started = Date()
  private var lastReport = Date.distantPast

  init(progress: ((String) -> Void)?) {
    self.progress = progress
  }

  func update(received: Int64) {
    guard let progress, Date().timeIntervalSince(started) > 1,
      Date().timeIntervalSince(lastReport) > 0.1
    else { return }
    lastReport = Date()
    progress("\r\(String(format: "%.1f", Double(received) / 1_048_576)) MB")
  }

  func finish() {
    if progress != nil, lastReport != .distantPast { progress?("\n") }
  }
}
