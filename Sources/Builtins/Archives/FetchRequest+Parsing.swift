import Foundation

extension FetchRequest {
  /// O2A query options (`begin=`, `end=`, `aggregate=`, `functions=`) and the folder
  /// relative `file:` paths start from (the calling script's).
  struct SensorQuery {
    var begin: String?
    var end: String?
    var aggregate: String?
    /// Aggregate functions in lower case (mean alone when empty).
    var functions: [String] = []
    /// Quality flags whose values the service should return (all when empty).
    var quality: [Int] = []
    /// Whether to ask for the quality-flag column of each sensor.
    var withFlags = false
    var folder = FileManager.default.currentDirectoryPath
    /// The workspace's root: a file: source inside it keeps its path relative to the root.
    var workspaceRoot: String?
  }

  /// The request a URI names; throws a `FetchError` for a URI no archive understands.
  static func parse(_ uri: String, settings: ArchiveSettings, query: SensorQuery) throws
    -> FetchRequest
  {
    if let id = pangaeaID(uri) { return pangaea(id, settings: settings) }
    guard let colon = uri.firstIndex(of: ":") else { throw unknownScheme(uri) }
    let scheme = uri[..<colon].lowercased()
    let rest = String(uri[uri.index(after: colon)...])
    switch scheme {
    case "file": return try file(rest, uri: uri, folder: query.folder, root: query.workspaceRoot)
    case "http", "https": return try web(uri)
    case "hsm": return try hsm(rest, uri: uri, settings: settings)
    case "o2a": return try o2a(rest, settings: settings, query: query)
    case "ecotaxa": return try ecotaxa(rest, uri: uri, settings: settings)
    default: throw unknownScheme(uri)
    }
  }

  static func unknownScheme(_ uri: String) -> FetchError {
    FetchError(ArchiveMessages.unknownScheme(uri), help: ArchiveMessages.unknownSchemeHelp)
  }

  /// The dataset number of `pangaea:NNN`, `pangaea:10.1594/PANGAEA.NNN`, `doi:10.1594/…` and
  /// the doi.org / doi.pangaea.de URLs (pangaeapy's forms).
  static func pangaeaID(_ uri: String) -> String? {
    var text = Substring(uri)
    let prefixes = [
      "pangaea:", "doi:", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
      "https://doi.pangaea.de/", "http://doi.pangaea.de/",
    ]
    guard let prefix = prefixes.first(where: { text.lowercased().hasPrefix($0) }) else {
      return nil
    }
    text = text.dropFirst(prefix.count).prefix(while: { $0 != "?" && $0 != "#" })
    if text.lowercased().hasPrefix("10.1594/pangaea.") { text = text.dropFirst(16) }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count < 12 else {
      return nil
    }
    return String(text)
  }

  static func pangaea(_ id: String, settings: ArchiveSettings) -> FetchRequest {
    let doi = "10.1594/PANGAEA.\(id)"
    let base = settings.endpoint("pangaea")
    var headers = ["Accept": "text/tab-separated-values"]
    if let token = settings.token("pangaea") { headers["Authorization"] = "Bearer \(token)" }
    let url = URL(string: "\(base)/\(doi)?format=textfile") ?? URL(fileURLWithPath: "/")
    var request = FetchRequest(
      uri: "pangaea:\(doi)", archive: "pangaea", source: .http(url, headers: headers),
      localPath: "raw/pangaea/PANGAEA.\(id).tab", format: .pangaea)
    request.doi = doi
    return request
  }

  static func file(_ path: String, uri: String, folder: String, root: String? = nil) throws
    -> FetchRequest
  {
    var local = path.hasPrefix("//") ? String(path.dropFirst(2)) : path
    if !local.hasPrefix("/") {
      local = URL(fileURLWithPath: folder).appendingPathComponent(local).standardizedFileURL.path
    }
    let name = (local as NSString).lastPathComponent
    // The whole source path, so /a/o.csv and /b/o.csv never share a place in raw/: relative
    // to the workspace's root for a file inside it (the same on every machine), else the
    // absolute path.
    var place = try relativePath(local, uri: uri)
    if let root, local.hasPrefix(root + "/") {
      place = try relativePath(String(local.dropFirst(root.count)), uri: uri)
    }
    return FetchRequest(
      uri: uri, archive: "file", source: .local(local), localPath: "raw/file/" + place,
      format: try format(of: name))
  }

  /// `path` without its leading slash, as a place below raw/<archive>/; an error when it has
  /// `..` or `.` parts, which would name another place than the source's.
  static func relativePath(_ path: String, uri: String) throws -> String {
    let parts = path.split(separator: "/")
    guard !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else {
      throw FetchError(ArchiveMessages.dotsInPath(uri), help: ArchiveMessages.dotsInPathHelp)
    }
    return parts.joined(separator: "/")
  }

  static func web(_ uri: String) throws -> FetchRequest {
    guard let url = URL(string: uri), let host = url.host, !url.path.isEmpty else {
      throw FetchError(ArchiveMessages.unreadableURL(uri))
    }
    let path = try relativePath(url.path, uri: uri)
    return FetchRequest(
      uri: uri, archive: "web", source: .http(url, headers: [:]),
      localPath: "raw/web/\(host)/\(path)", format: try format(of: url.lastPathComponent))
  }

  static func hsm(_ path: String, uri: String, settings: ArchiveSettings) throws -> FetchRequest {
    let root = settings.endpoint("hsm")
    let relative = try relativePath(
      path.hasPrefix("/hs/") ? String(path.dropFirst(4)) : path, uri: uri)
    return FetchRequest(
      uri: uri, archive: "hsm", source: .hsm(root: root, path: relative),
      localPath: "raw/hsm/" + relative, format: try format(of: relative))
  }

  static func ecotaxa(_ location: String, uri: String, settings: ArchiveSettings) throws
    -> FetchRequest
  {
    let name = (location as NSString).lastPathComponent
    let lower = name.lowercased()
    guard lower.hasSuffix(".tsv") || lower.hasSuffix(".zip") else {
      throw FetchError(
        ArchiveMessages.ecoTaxaFileKind(name), help: ArchiveMessages.ecoTaxaFileKindHelp)
    }
    let source: Source
    // The place in raw/ encodes the source: the server's path, a URL's host and path, or a
    // local file's whole path, so z1/x.zip and z2/x.zip stay apart.
    let place: String
    if location.hasPrefix("http://") || location.hasPrefix("https://") {
      guard let url = URL(string: location), let host = url.host else {
        throw FetchError(ArchiveMessages.notAURL(location))
      }
      source = .http(url, headers: [:])
      place = host + "/" + (try relativePath(url.path, uri: uri))
    } else if location.hasPrefix("/") {
      source = .local(location)
      place = "file/" + (try relativePath(location, uri: uri))
    } else {
      place = try relativePath(location, uri: uri)
      let base = settings.endpoint("ecotaxa")
      guard let url = URL(string: "\(base)/\(location)") else {
        throw FetchError(ArchiveMessages.notAnEcoTaxaPath(location))
      }
      source = .http(
        url, headers: settings.token("ecotaxa").map { ["Authorization": "Bearer \($0)"] } ?? [:])
    }
    return FetchRequest(
      uri: uri, archive: "ecotaxa", source: source, localPath: "raw/ecotaxa/" + place,
      format: .ecotaxa)
  }

  /// The reader a file name asks for.
  static func format(of name: String) throws -> Format {
    let lower = name.lowercased()
    if lower.hasSuffix(".csv") { return .csv }
    if lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") { return .tsv }
    if lower.hasSuffix(".tab") { return .pangaea }
    if lower.hasSuffix(".wav") { return .wav }
    if [".nc", ".nc4", ".cdf", ".netcdf"].contains(where: lower.hasSuffix) { return .netcdf }
    throw FetchError(ArchiveMessages.unknownFormat(name), help: ArchiveMessages.unknownFormatHelp)
  }
}
