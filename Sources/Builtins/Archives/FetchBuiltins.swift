import Foundation
import Interpreter
import Tensor

extension Builtins {
  /// The `workspace=` parameter of the builtins that read a workspace's files.
  static let workspaceParameter = Parameter(
    "workspace", .optional(.string), "A folder of the workspace; the script's by default.",
    default: .null)

  static let fetching: [Builtin] = [
    Builtin(
      "fetch", area: .archives,
      summary: "Copies data from an archive into the workspace's raw/ folder once and reads it.",
      parameters: [
        Parameter(
          "uri", .string,
          "pangaea:10.1594/PANGAEA.NNN (or pangaea:NNN, a doi.org URL), hsm:/path, "
            + "o2a:<sensor urn>[,<urn>…], ecotaxa:<file or URL>, file:/path or an https:// URL."),
        Parameter(
          "refresh", .bool, "Fetch again even when raw/ has a copy.", default: .bool(false)),
        Parameter("begin", .optional(.time), "o2a: the first time.", default: .null),
        Parameter("end", .optional(.time), "o2a: the last time.", default: .null),
        Parameter(
          "aggregate", .optional(.choice(["second", "minute", "hour", "day"])),
          "o2a: the averaging interval (hour by default).", default: .null),
        Parameter(
          "functions", .optional(.listOf(.string)),
          "o2a: the aggregate functions, e.g. [\"mean\", \"max\", \"stddev\"]; mean by "
            + "default, none for second.",
          default: .null),
        Parameter(
          "quality", .optional(.listOf(.int)),
          "o2a: only values with these quality flags (ints, e.g. [1, 2]); all by default.",
          default: .null),
        Parameter(
          "flags", .bool, "o2a: also fetch each sensor's quality-flag column.",
          default: .bool(false)),
        Parameter(
          "workspace", .optional(.string),
          "A folder of the workspace to fetch into; the script's by default.", default: .null),
      ],
      returns: .oneOf([.frame, .signal, .dataset]),
      details: "The copy goes to raw/<archive>/…, is made read-only and is recorded in "
        + "raw/MANIFEST.tsv (URI, DOI, path, size, sha256, time, licence, citation); later "
        + "calls read the copy. Downloads retry on server and connection errors, go to a "
        + "temporary file and are renamed only when complete. Endpoints come from "
        + "AWISH_PANGAEA_URL, AWISH_O2A_URL, AWISH_ECOTAXA_URL, AWISH_HSM_ROOT, else "
        + "awish.toml's [archives]. o2a: frames have a time row per bin with data, columns "
        + "named by parameter (with the device when devices share it, the function when "
        + "there are several or it is not mean, _flag for quality flags); metadata() keeps each column's URN, "
        + "function and unit. See docs/workspace.md.",
      examples: [
        Example(
          "write_csv(frame(a=[1, 2]), \"/tmp/awish-fetch-example.csv\")\n"
            + "init_workspace(\"/tmp/awish-example\")\n"
            + "nrow(fetch(\"file:/tmp/awish-fetch-example.csv\", workspace=\"/tmp/awish-example\"))",
          "2")
      ]
    ) { args in
      let (workspace, settings, request) = try fetchRequest(args)
      // The progress line goes straight to stderr, beside the script's own output.
      let progress: ((String) -> Void)? =
        isatty(2) == 1 ? { text in FileHandle.standardError.write(Data(text.utf8)) } : nil
      do {
        let fetcher = Fetcher(
          workspace: workspace, settings: settings, run: args.run, progress: progress)
        let fetched = try fetcher.fetch(request, refresh: try args.bool("refresh"))
        for note in fetched.metadata where note.key == "note" {
          args.write("fetch: \(note.value)\n")
        }
        return fetched.value
      } catch let error as FetchError {
        throw args.error(error.message, at: "uri", help: error.help).coded(error.code)
      }
    },
    Builtin(
      "manifest", area: .archives,
      summary: "The workspace's raw/MANIFEST.tsv as a frame: what fetch copied, from where.",
      parameters: [
        workspaceParameter
      ],
      returns: .frame,
      details: "Columns uri, doi, path, size, sha256, retrieved, licence and citation; "
        + "no rows before the first fetch.",
      examples: [
        Example("ncol(manifest(workspace=init_workspace(\"/tmp/awish-example\").root))", "8")
      ]
    ) { args in
      let workspace = try WorkspaceLoading.required(args)
      return .frame(try Manifest(workspace: workspace).frame())
    },
    Builtin(
      "archives", area: .archives,
      summary: "The archives fetch knows, with the endpoint each uses here and where it is set.",
      parameters: [
        workspaceParameter
      ],
      returns: .frame,
      details: "Columns archive, endpoint and origin (an environment variable, awish.toml or "
        + "default).",
      examples: [
        Example(
          "archives(workspace=init_workspace(\"/tmp/awish-example\").root).archive[0]",
          "\"pangaea\"")
      ]
    ) { args in
      let settings = ArchiveSettings(workspace: try WorkspaceLoading.required(args))
      let names = ArchiveSettings.defaults.map(\.archive)
      return .frame(
        try Frame(columns: [
          Column(name: "archive", storage: .strings(names)),
          Column(name: "endpoint", storage: .strings(names.map(settings.endpoint))),
          Column(name: "origin", storage: .strings(names.map(settings.origin))),
        ]))
    },
    Builtin(
      "cite", area: .archives,
      summary: "Prints the citation of every dataset fetched into the workspace, then BibTeX.",
      parameters: [
        workspaceParameter
      ],
      returns: .nothing,
      details: "One plain-text citation per manifest row that has one (with its licence), "
        + "then a BibTeX @misc entry per dataset with a DOI.",
      examples: [Example("cite(workspace=init_workspace(\"/tmp/awish-example\").root)", "nil")]
    ) { args in
      let manifest = Manifest(workspace: try WorkspaceLoading.required(args))
      args.write(Citations.text(manifest.entries))
      return .null
    },
  ]
}

extension Builtins {
  /// A fetch call's workspace, settings and request, from its arguments.
  static func fetchRequest(_ args: Arguments) throws -> (Workspace, ArchiveSettings, FetchRequest) {
    let workspace = try WorkspaceLoading.required(args)
    let settings = ArchiveSettings(workspace: workspace)
    let query = FetchRequest.SensorQuery(
      begin: args.isNull("begin") ? nil : try args.string("begin"),
      end: args.isNull("end") ? nil : try args.string("end"),
      aggregate: args.isNull("aggregate") ? nil : try args.string("aggregate"),
      functions: try sensorFunctions(args),
      quality: try args.isNull("quality")
        ? []
        : args.ints("quality"),
      withFlags: try args.bool("flags"),
      folder: args.folder, workspaceRoot: workspace.root)
    do {
      let request = try FetchRequest.parse(try args.string("uri"), settings: settings, query: query)
      return (workspace, settings, request)
    } catch let error as FetchError {
      throw args.error(error.message, at: "uri", help: error.help).coded(error.code)
    }
  }
}

/// The `functions=` of a fetch, checked (mean alone when not given).
private func sensorFunctions(_ args: Arguments) throws -> [String] {
  guard !args.isNull("functions") else { return [] }
  let names = try args.strings("functions")
  do {
    return try FetchRequest.sensorFunctions(names)
  } catch let error as FetchError {
    throw args.error(error.message, at: "functions", help: error.help).coded(error.code)
  }
}

/// cite(): plain text and BibTeX from the manifest.
enum Citations {
  static func text(_ entries: [Manifest.Entry]) -> String {
    let cited = entries.filter { !$0.citation.isEmpty || !$0.doi.isEmpty }
    guard !cited.isEmpty else { return "no cited datasets in raw/MANIFEST.tsv\n" }
    var lines = cited.map { entry in
      let text = entry.citation.isEmpty ? "doi:\(entry.doi)" : entry.citation
      return entry.licence.isEmpty ? text : "\(text) Licence: \(entry.licence)."
    }
    lines.append("")
    lines += cited.filter { !$0.doi.isEmpty }.map(bibtex)
    return lines.joined(separator: "\n") + "\n"
  }

  static func bibtex(_ entry: Manifest.Entry) -> String {
    let key =
      entry.doi.split(separator: "/").last.map { $0.replacingOccurrences(of: ".", with: "_") }
      ?? "dataset"
    let year = entry.citation.firstMatch(of: /\((\d{4})\)/).map { String($0.1) }
    var fields = ["  doi = {\(entry.doi)}", "  url = {https://doi.org/\(entry.doi)}"]
    if let open = entry.citation.range(of: " (") {
      // PANGAEA separates authors with ';', BibTeX with 'and'.
      let authors = entry.citation[..<open.lowerBound].replacingOccurrences(of: "; ", with: " and ")
      fields.insert("  author = {\(authors)}", at: 0)
    }
    if let year { fields.append("  year = {\(year)}") }
    if !entry.citation.isEmpty { fields.append("  note = {\(entry.citation)}") }
    if !entry.licence.isEmpty { fields.append("  copyright = {\(entry.licence)}") }
    return "@misc{\(key),\n" + fields.joined(separator: ",\n") + "\n}"
  }
}
