import Foundation
import Interpreter

/// A fetch URI taken apart: the archive, where its data comes from, where the copy goes in
/// raw/ and which reader turns it into a frame.
struct FetchRequest {
  enum Source {
    case http(URL, headers: [String: String])
    case local(String)
    case hsm(root: String, path: String)
  }

  enum Format: String {
    case pangaea, csv, tsv, o2a, ecotaxa, wav, netcdf
  }

  /// The URI as the manifest records it.
  var uri: String
  var archive: String
  var source: Source
  /// Relative to the workspace root: raw/<archive>/….
  var localPath: String
  var format: Format
  var doi = ""
}

/// Endpoints and credentials: environment variables first, then awish.toml, then the real
/// services.
struct ArchiveSettings {
  static let defaults: [(archive: String, variable: String, value: String)] = [
    ("pangaea", "AWISH_PANGAEA_URL", "https://doi.pangaea.de"),
    ("o2a", "AWISH_O2A_URL", "https://dashboard.awi.de/data/rest"),
    ("ecotaxa", "AWISH_ECOTAXA_URL", "https://ecotaxa.obs-vlfr.fr/api"),
    ("hsm", "AWISH_HSM_ROOT", "/hs"),
  ]

  let workspace: Workspace
  var environment = ProcessInfo.processInfo.environment

  /// The base URL (or, for hsm, the root folder) of `archive`, without a final slash.
  func endpoint(_ archive: String) -> String {
    let fallback = ArchiveSettings.defaults.first(where: { $0.archive == archive })
    let value =
      fallback.flatMap { environment[$0.variable] }.flatMap { $0.isEmpty ? nil : $0 }
      ?? workspace.string("archives", archive, isPath: archive == "hsm") ?? fallback?.value ?? ""
    return value.hasSuffix("/") && value.count > 1 ? String(value.dropLast()) : value
  }

  /// Where the endpoint came from, for archives().
  func origin(_ archive: String) -> String {
    if let variable = ArchiveSettings.defaults.first(where: { $0.archive == archive })?.variable,
      environment[variable]?.isEmpty == false
    {
      return variable
    }
    return workspace.setting("archives", archive) != nil ? "awish.toml" : "default"
  }

  /// The credentials file named in awish.toml.
  var credentialsFile: String {
    workspace.string("credentials", "file", isPath: true)
      ?? NSHomeDirectory() + "/.config/awish/credentials.toml"
  }

  /// A token for `archive`: AWISH_<ARCHIVE>_TOKEN, else `token` in the credentials file's
  /// [archive] section.
  func token(_ archive: String) -> String? {
    if let token = environment["AWISH_\(archive.uppercased())_TOKEN"], !token.isEmpty {
      return token
    }
    guard let data = FileManager.default.contents(atPath: credentialsFile),
      let text = String(data: data, encoding: .utf8),
      let entries = try? TOML.parse(text),
      case .string(let token)? = entries.last(where: { $0.section == archive && $0.key == "token" }
      )?
      .value
    else { return nil }
    return token
  }

  /// Seconds before a request or a tape read is given up.
  var timeout: Double {
    switch workspace.setting("defaults", "timeout") {
    case .int(let seconds)?: return Double(seconds)
    case .float(let seconds)?: return seconds
    default: return 60
    }
  }

  var retries: Int {
    if case .int(let count)? = workspace.setting("defaults", "retries") { return max(0, count) }
    return 3
  }
}
