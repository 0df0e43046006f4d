import Foundation

/// Why a fetch failed, in words for the user, and whether trying again may help.
struct FetchError: Error {
  var message: String
  var help: String?
  /// The HTTP status, when the server answered with an error.
  var status: Int?
  /// 5xx, 429, a dropped connection or a short body: worth another try.
  var isTransient = false
  /// The server's Retry-After, in seconds, when it sent one.
  var retryAfter: Double?

  init(_ message: String, help: String? = nil) {
    self.message = message
    self.help = help
  }

  static func status(_ status: Int, _ url: URL) -> FetchError {
    var error: FetchError
    switch status {
    case 401, 403:
      error = FetchError(
        "\(url.absoluteString) needs a login (HTTP \(status)): the dataset is protected or the "
          + "token is wrong")
    case 404: error = FetchError("\(url.absoluteString) does not exist (HTTP 404)")
    case 406:
      error = FetchError(
        "\(url.absoluteString) has no data table (HTTP 406)",
        help: "the dataset is a collection or holds binary files; open it in a browser")
    default:
      error = FetchError("\(url.absoluteString) answered HTTP \(status)")
      error.isTransient = status >= 500 || status == 429
    }
    error.status = status
    return error
  }

  static func connection(_ url: URL, reason: String) -> FetchError {
    var error = FetchError("the connection to \(url.host ?? url.absoluteString) failed: \(reason)")
    error.isTransient = true
    return error
  }

  static func truncated(_ url: URL, received: Int64, expected: Int64) -> FetchError {
    var error = FetchError(
      "the download of \(url.absoluteString) stopped after \(received) of \(expected) bytes")
    error.isTransient = true
    return error
  }
}
