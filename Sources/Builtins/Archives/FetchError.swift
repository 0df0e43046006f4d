import Foundation
import Lang

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
  /// The id of the error, when it is more specific than the archive area's E0550.
  var code: ErrorCode?

  init(_ message: String, help: String? = nil, code: ErrorCode? = nil) {
    self.message = message
    self.help = help
    self.code = code
  }

  static func status(_ status: Int, _ url: URL) -> FetchError {
    var error: FetchError
    switch status {
    case 401, 403:
      error = FetchError(
        ArchiveMessages.needsLoginStatus(url.absoluteString, status), code: .loginRequired)
    case 404: error = FetchError(ArchiveMessages.notFound(url.absoluteString))
    case 406:
      error = FetchError(
        ArchiveMessages.noDataTable(url.absoluteString), help: ArchiveMessages.noDataTableHelp)
    default:
      error = FetchError(ArchiveMessages.httpStatus(url.absoluteString, status))
      error.isTransient = status >= 500 || status == 429
    }
    error.status = status
    return error
  }

  static func connection(_ url: URL, reason: String) -> FetchError {
    var error = FetchError(
      ArchiveMessages.connectionFailed(url.host ?? url.absoluteString, reason))
    error.isTransient = true
    return error
  }

  static func truncated(_ url: URL, received: Int64, expected: Int64) -> FetchError {
    var error = FetchError(ArchiveMessages.truncated(url.absoluteString, received, expected))
    error.isTransient = true
    return error
  }
}
