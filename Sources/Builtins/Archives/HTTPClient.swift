import Foundation
import Interpreter

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The one way awish talks to archives over HTTP: a GET with a timeout, retried with
/// exponential backoff (or the server's Retry-After) on 5xx, 429 and connection errors, streamed into a temporary file
/// beside the destination that is renamed into place only when the whole body arrived.
struct HTTPClient {
  var timeout: TimeInterval = 60
  var retries = 3
  /// The first wait between tries; it doubles after each.
  var backoff: TimeInterval = 1
  /// Where progress goes; nil for none (not a terminal).
  var progress: ((String) -> Void)?
  /// Where a line about each retry goes.
  var notice: (String) -> Void = { writeStandardError($0 + "\n") }

  /// What the server said about a finished download.
  struct Response {
    var status: Int
    var contentType: String
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
    var request = URLRequest(url: url, timeoutInterval: timeout)
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    let temporary = destination + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    let receiver = try BodyReceiver(path: temporary, progress: progress)
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    let session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
    defer { session.finishTasksAndInvalidate() }
    session.dataTask(with: request).resume()
    let outcome = receiver.wait()
    let response = try check(outcome, url: url)
    try accept(temporary, response)
    guard rename(temporary, destination) == 0 else {
      throw FetchError("cannot move the download into \(destination)")
    }
    return response
  }

  /// The response when the status is 2xx and the whole body arrived; else the error.
  private func check(_ outcome: BodyReceiver.Outcome, url: URL) throws -> Response {
    if let error = outcome.error { throw FetchError.connection(url, error) }
    guard let status = outcome.status else { throw FetchError("no response from \(url)") }
    if let expected = outcome.expectedLength, expected >= 0, outcome.received != expected {
      throw FetchError.truncated(url, received: outcome.received, expected: expected)
    }
    guard (200..<300).contains(status) else {
      var error = FetchError.status(status, url)
      error.retryAfter = outcome.retryAfter
      throw error
    }
    return Response(status: status, contentType: outcome.contentType)
  }
}

/// Receives one response body into a file and reports how it ended.
final class BodyReceiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  struct Outcome {
    var status: Int?
    var contentType = ""
    var expectedLength: Int64?
    var retryAfter: Double?
    var received: Int64 = 0
    var error: Error?
  }

  private let file: FileHandle
  private let progress: ((String) -> Void)?
  private let done = DispatchSemaphore(value: 0)
  private let started = Date()
  private var lastReport = Date.distantPast
  private var outcome = Outcome()

  init(path: String, progress: ((String) -> Void)?) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let file = FileHandle(forWritingAtPath: path)
    else { throw FetchError("cannot write \(path)") }
    self.file = file
    self.progress = progress
  }

  func wait() -> Outcome {
    done.wait()
    try? file.close()
    return outcome
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    let http = response as? HTTPURLResponse
    outcome.status = http?.statusCode
    outcome.contentType = http?.value(forHTTPHeaderField: "Content-Type") ?? ""
    outcome.expectedLength = response.expectedContentLength
    outcome.retryAfter = http?.value(forHTTPHeaderField: "Retry-After").flatMap(Double.init)
    completionHandler(.allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    file.write(data)
    outcome.received += Int64(data.count)
    report()
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    outcome.error = error
    if progress != nil, lastReport != .distantPast { progress?("\n") }
    done.signal()
  }

  /// A progress line at most ten times a second, once the download has taken a second.
  private func report() {
    guard let progress, Date().timeIntervalSince(started) > 1,
      Date().timeIntervalSince(lastReport) > 0.1
    else { return }
    lastReport = Date()
    let megabytes = Double(outcome.received) / 1_048_576
    if let total = outcome.expectedLength, total > 0 {
      let fraction = Double(outcome.received) / Double(total)
      let bar = String(repeating: "#", count: Int(fraction * 30))
      let space = String(repeating: " ", count: max(0, 30 - bar.count))
      progress("\r[\(bar)\(space)] \(Int(fraction * 100))% \(String(format: "%.1f", megabytes)) MB")
    } else {
      progress("\r\(String(format: "%.1f", megabytes)) MB")
    }
  }
}
