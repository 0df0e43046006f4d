import Foundation
import Interpreter
import Tensor

/// fetch(): copies a request's data into raw/ once (the manifest says it is there), makes
/// the copy read-only, records it, and reads it: into a frame, or a recording for WAV.
struct Fetcher {
  let workspace: Workspace
  let settings: ArchiveSettings
  /// The run whose provenance notes what was read.
  let run: RunContext
  var client: HTTPClient

  init(
    workspace: Workspace, settings: ArchiveSettings, run: RunContext,
    progress: ((String) -> Void)?
  ) {
    self.workspace = workspace
    self.settings = settings
    self.run = run
    client = HTTPClient(timeout: settings.timeout, retries: settings.retries, progress: progress)
  }

  /// What fetch gives: a frame, a recording for WAV files, a dataset for netCDF files.
  enum Fetched {
    case frame(Frame)
    case audio(Audio, path: String)
    case dataset(NetCDFFile)

    var value: Value {
      switch self {
      case .frame(let frame): return .frame(frame)
      case .audio(let audio, let path): return .object(SignalValue(audio, source: path))
      case .dataset(let file): return .object(DatasetValue(file: file))
      }
    }

    var metadata: [(key: String, value: String)] {
      if case .frame(let frame) = self { return frame.metadata }
      return []
    }
  }

  /// The data of `request`, fetched unless the manifest has it and `refresh` is false.
  func fetch(_ request: FetchRequest, refresh: Bool) throws -> Fetched {
    var manifest = Manifest(workspace: workspace)
    let destination = workspace.path(request.localPath)
    if !refresh, let entry = manifest.entry(for: request.uri),
      FileManager.default.fileExists(atPath: workspace.path(entry.path))
    {
      return try read(request, path: workspace.path(entry.path), entry: entry)
    }
    if let other = manifest.entry(atPath: request.localPath), other.uri != request.uri,
      FileManager.default.fileExists(atPath: destination)
    {
      throw FetchError(
        ArchiveMessages.wouldReplace(request.uri, request.localPath, other.uri),
        help: ArchiveMessages.wouldReplaceHelp)
    }
    if case .http = request.source, let job = ComputeNode.job {
      let refusal = ComputeNode.unstaged([request.uri], job: job, script: run.script)
      throw FetchError(refusal.message, help: refusal.help, code: .notStaged)
    }
    try makeFolder(for: destination)
    removeLeftovers(of: destination)
    let copied = try retrieve(request, to: destination)
    _ = chmod(destination, 0o444)
    let entry = describe(request, path: destination, copied: copied)
    var fetched: Fetched
    do {
      fetched = try read(request, path: destination, entry: entry, isNew: true)
    } catch {
      // A file that cannot be read is not kept: raw/ holds only what the manifest records.
      try? FileManager.default.removeItem(atPath: destination)
      throw error
    }
    let final = completed(entry, with: fetched.metadata)
    try manifest.record(final)
    if case .frame(var frame) = fetched {
      frame.metadata.removeAll(where: { $0.key == "retrieved" })
      frame.metadata.append(("retrieved", final.retrieved))
      fetched = .frame(frame)
    }
    return fetched
  }

  /// Temporary files that an interrupted earlier fetch of `destination` left behind.
  private func removeLeftovers(of destination: String) {
    let folder = (destination as NSString).deletingLastPathComponent
    let prefix = (destination as NSString).lastPathComponent + ".tmp-"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasPrefix(prefix) {
      try? FileManager.default.removeItem(atPath: folder + "/" + name)
    }
  }

  private func makeFolder(for path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw FetchError(FileFailure(error, path: folder).message(folder, doing: "create"))
    }
  }

  /// Puts the file at `destination` and tells its size and checksum, taken while it was
  /// written (a large file is read once).
  private func retrieve(_ request: FetchRequest, to destination: String) throws -> CopiedFile {
    switch request.source {
    case .http(let url, let headers):
      do {
        let response = try client.download(url, headers: headers, to: destination) {
          temporary, response in
          if request.archive == "pangaea" {
            try PangaeaCheck.reply(at: temporary, response, url: url)
          }
        }
        return CopiedFile(size: response.size, sha256: response.sha256)
      } catch var error as FetchError where error.status == 401 || error.status == 403 {
        error.help =
          request.archive == "pangaea"
          ? PangaeaCheck.loginHelp
          : ArchiveMessages.tokenHelp(request.archive)
        throw error
      }
    case .local(let path):
      return try LocalCopy.copy(from: path, to: destination, timeout: nil)
    case .hsm(let root, let path):
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue
      else {
        throw FetchError(
          ArchiveMessages.hsmNotMounted(root), help: ArchiveMessages.hsmNotMountedHelp)
      }
      return try LocalCopy.copy(
        from: root + "/" + path, to: destination, timeout: settings.timeout)
    }
  }

  /// The manifest row for a file just written: size, checksum (taken on the way), time.
  private func describe(_ request: FetchRequest, path: String, copied file: CopiedFile)
    -> Manifest.Entry
  {
    let formatter = ISO8601DateFormatter()
    return Manifest.Entry(
      uri: request.uri, doi: request.doi, path: request.localPath, size: file.size,
      sha256: file.sha256, retrieved: formatter.string(from: Date()))
  }

  /// The entry with the licence, citation and DOI the reader found in the file.
  private func completed(
    _ entry: Manifest.Entry, with metadata: [(key: String, value: String)]
  ) -> Manifest.Entry {
    var entry = entry
    let value: (String) -> String? = { key in metadata.last(where: { $0.key == key })?.value }
    entry.licence = value("licence") ?? ""
    entry.citation = value("citation") ?? ""
    if entry.doi.isEmpty { entry.doi = value("doi") ?? "" }
    return entry
  }

  private func read(
    _ request: FetchRequest, path: String, entry: Manifest.Entry, isNew: Bool = false
  ) throws -> Fetched {
    if request.format == .netcdf {
      do throws(NetCDFError) {
        let file = try NetCDFFile(path: path)
        run.record(path, .read)
        return .dataset(file)
      } catch {
        throw FetchError(ArchiveMessages.inFile(entry.path, error.message))
      }
    }
    if request.format == .wav {
      do throws(WAVError) {
        let audio = try WAVReader.read(path: path)
        run.record(path, .read)
        return .audio(audio, path: path)
      } catch {
        throw FetchError(ArchiveMessages.inFile(entry.path, error.message))
      }
    }
    var frame: Frame
    if request.format == .ecotaxa {
      frame = try ArchiveFormats.readEcoTaxa(path, extract: isNew)
    } else {
      do throws(CSVError) {
        frame = try ArchiveFormats.read(path, format: request.format)
      } catch {
        throw FetchError(ArchiveMessages.inFile(entry.path, error.description))
      }
    }
    run.record(path, .read)
    frame.metadata.append(("uri", request.uri))
    frame.metadata.append(("sha256", entry.sha256))
    if !entry.retrieved.isEmpty { frame.metadata.append(("retrieved", entry.retrieved)) }
    return .frame(frame)
  }
}

/// The readers behind fetch, by format; a .csv/.txt/.tsv that is a PANGAEA export or an O2A
/// data web service answer is read as one.
enum ArchiveFormats {
  static func read(_ path: String, format: FetchRequest.Format) throws(CSVError) -> Frame {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CSVError.unreadable(path)
    }
    let bytes = [UInt8](data)
    let isPangaea = bytes.starts(with: Array("/* DATA DESCRIPTION:".utf8))
    switch format {
    case .pangaea: return try PangaeaReader.parse(bytes, sourceName: path).frame
    case .csv, .tsv:
      if isPangaea { return try PangaeaReader.parse(bytes, sourceName: path).frame }
      if O2AReader.looksLikeAnswer(bytes) { return try O2AReader.parse(bytes, sourceName: path) }
      return try CSVReader.parse(
        bytes: bytes, options: format == .csv ? CSVOptions() : .tsv, sourceName: path
      ).frame
    case .o2a: return try O2AReader.parse(bytes, sourceName: path)
    case .ecotaxa: return try EcoTaxaReader.read(path: path)
    case .wav: throw CSVError(message: ArchiveMessages.wavIsNotATable)
    case .netcdf: throw CSVError(message: ArchiveMessages.netCDFIsNotATable)
    }
  }

  /// An EcoTaxa zip fetched into raw/ is extracted beside itself (`raw/ecotaxa/<name>/`; again
  /// when `extract` is true, once when it is false) so image paths are real files; with
  /// `extract` nil the zip is only read. A TSV is read as it is.
  static func readEcoTaxa(_ path: String, extract: Bool?) throws -> Frame {
    guard path.lowercased().hasSuffix(".zip") else {
      do throws(CSVError) {
        return try EcoTaxaReader.read(path: path)
      } catch {
        throw FetchError(
          ArchiveMessages.inFile((path as NSString).lastPathComponent, error.description))
      }
    }
    let folder = extract.map { _ in String(path.dropLast(4)) }
    let missing = folder.map { !FileManager.default.fileExists(atPath: $0) } ?? false
    return try EcoTaxaBundle.read(
      zipPath: path, folder: folder, extract: extract == true || missing)
  }
}

/// PANGAEA answers a protected dataset with 401, or with a login page and status 200
/// (pangaear's check): both are a login error that says how to give a token.
enum PangaeaCheck {
  static let loginHelp = ArchiveMessages.pangaeaLoginHelp

  static func reply(at path: String, _ response: HTTPClient.Response, url: URL) throws {
    guard response.contentType.lowercased().contains("text/html") else { return }
    let head =
      FileManager.default.contents(atPath: path).map {
        String(decoding: $0.prefix(4096), as: UTF8.self)
      } ?? ""
    if head.lowercased().contains("log in") || head.lowercased().contains("login") {
      throw FetchError(
        ArchiveMessages.needsLogin(url.absoluteString), help: loginHelp, code: .loginRequired)
    }
    throw FetchError(
      ArchiveMessages.webPage(url.absoluteString), help: ArchiveMessages.webPageHelp)
  }
}
