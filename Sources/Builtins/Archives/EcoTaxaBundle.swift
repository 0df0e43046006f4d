import Foundation
import Tensor

/// An EcoTaxa zip export or import bundle: one folder per sample with an `ecotaxa_*.tsv` and
/// the images it names. Every TSV is read (junk such as LibreOffice `.~lock…#` files is
/// skipped) and the rows stacked by column name, with `tsv_file` (the TSV's path in the zip)
/// and `img_path` (the image's path in the zip, or on disk once extracted).
enum EcoTaxaBundle {
  /// Entries larger than this are refused rather than inflated (a zip bomb guard).
  static let largestEntry = 1 << 30

  static func read(zipPath: String, folder: String?, extract: Bool) throws -> Frame {
    guard let data = FileManager.default.contents(atPath: zipPath) else {
      throw FetchError(ArchiveMessages.cannotRead(zipPath))
    }
    let archive = try ZipArchive(bytes: [UInt8](data))
    if let oversized = archive.entries.first(where: { $0.size > largestEntry }) {
      throw FetchError(ArchiveMessages.zipEntryTooLarge(oversized.name))
    }
    if let folder, extract { try self.extract(archive, into: folder) }
    var frames: [Frame] = []
    var sources: [String] = []
    for entry in archive.entries where isTable(entry.name) {
      let bytes = try archive.contents(of: entry)
      do throws(CSVError) {
        frames.append(try EcoTaxaReader.parse(bytes, sourceName: entry.name))
      } catch {
        throw FetchError(ArchiveMessages.inFile(entry.name, error.description))
      }
      sources.append(entry.name)
    }
    guard !frames.isEmpty else { throw FetchError(ArchiveMessages.noEcoTaxaTable) }
    return try stack(frames, sources: sources, folder: folder, zipPath: zipPath)
  }

  static func isTable(_ name: String) -> Bool {
    let file = (name as NSString).lastPathComponent
    return file.lowercased().hasSuffix(".tsv") && !file.hasPrefix(".")
  }

  /// Writes every entry under `folder` (read-only files), through temporary names.
  static func extract(_ archive: ZipArchive, into folder: String) throws {
    let manager = FileManager.default
    for entry in archive.entries {
      let path = folder + "/" + entry.name
      do {
        if entry.isFolder {
          try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
          continue
        }
        try manager.createDirectory(
          atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try Data(try archive.contents(of: entry)).write(to: URL(fileURLWithPath: temporary))
        try? manager.removeItem(atPath: path)
        try manager.moveItem(atPath: temporary, toPath: path)
        _ = chmod(path, 0o444)
      } catch let error as FetchError {
        throw error
      } catch {
        throw FetchError(
          ArchiveMessages.cannotExtract(entry.name, FileFailure(error, path: path).reason(true)))
      }
    }
  }

  static func stack(_ frames: [Frame], sources: [String], folder: String?, zipPath: String)
    throws -> Frame
  {
    var columns: [Column]
    do throws(Union.Mismatch) {
      columns = try Union.stacked(frames)
    } catch {
      throw FetchError(error.message("TSVs"))
    }
    var tables: [String] = []
    var images: [String?] = []
    for (frame, source) in zip(frames, sources) {
      tables += Array(repeating: source, count: frame.rowCount)
      let base = (source as NSString).deletingLastPathComponent
      let names =
        frame.column(named: "img_file_name").map(EcoTaxaReader.texts)
        ?? Array(repeating: nil, count: frame.rowCount)
      images += names.map { name in
        name.map { name in
          let inZip = base.isEmpty ? name : base + "/" + name
          return folder.map { $0 + "/" + inZip } ?? inZip
        }
      }
    }
    columns.append(Column(name: "tsv_file", storage: .strings(tables)))
    if images.contains(where: { $0 != nil }) {
      columns.append(
        Column(
          name: "img_path", storage: .strings(images.map { $0 ?? "" }),
          validity: Bitmap(images.map { $0 != nil })))
    }
    return try Frame(columns: columns, metadata: [("source", zipPath)])
  }
}
