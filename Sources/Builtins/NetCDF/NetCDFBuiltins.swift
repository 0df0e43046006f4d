import Foundation
import Interpreter
import Lang
import Tensor

extension Builtins {
  static let netcdf: [Builtin] = [
    Builtin(
      "read_netcdf", area: .io,
      summary: "Opens a netCDF file as a dataset, reading only its header.",
      parameters: [
        Parameter("path", .string, "The file; relative paths start at the script's folder.")
      ],
      returns: .dataset,
      details: "Reads netCDF-3 (classic, 64-bit offset, CDF-5) and netCDF-4/HDF5 files through "
        + "the netCDF-C library (Debian: libnetcdf19). The dataset prints like a short "
        + "`ncdump -h`: dimensions, time range, variables with units and long names. "
        + "`ds.TEMP` is a variable: printing it, arithmetic or `.values` read it whole, "
        + "`ds.TEMP[0, 0:10]` reads only that slice. Values are CF-decoded as netCDF4-python "
        + "does: `_FillValue`, `missing_value` and values outside `valid_min`/`valid_max`/"
        + "`valid_range` become missing (NaN in tensors), `scale_factor`/`add_offset` unpack, "
        + "char arrays become strings, flag variables carry their `flag_meanings`, and times "
        + "decode in their calendar (Gregorian ones to times, others kept as text in their "
        + "calendar; `none` stays numeric). `.raw` gives the stored values, `.attrs` the "
        + "attributes; `ds.group` opens a nested group. See docs/netcdf.md.",
      examples: [
        Example(
          "write_netcdf(frame(depth=[5.0, 10.0], temp=[2.5, 1.75]), \"/tmp/awish-example.nc\")\n"
            + "read_netcdf(\"/tmp/awish-example.nc\").temp[1]",
          "1.75")
      ]
    ) { args in
      let path = try args.path("path")
      do throws(NetCDFError) {
        let file = try NetCDFFile(path: path)
        args.run.record(path, .read)
        return .object(DatasetValue(file: file))
      } catch {
        // Messages name the file as the script wrote it.
        let given = try args.string("path")
        throw args.error(error.message.replacingOccurrences(of: path, with: given), at: "path")
          .coded(error)
      }
    },
    Builtin(
      "to_frame", area: .io,
      summary: "Variables of a dataset that share dimensions as one tidy frame.",
      parameters: [
        Parameter("dataset", .dataset, "A dataset from read_netcdf (or one of its groups)."),
        Parameter(
          "variables", .optional(.listOf(.string)),
          "Variable names; nil for every variable over the dimensions of the largest one.",
          default: .null),
      ],
      returns: .frame,
      details: "One row per element of the variable with the most dimensions. The dimensions' "
        + "coordinate variables (or positions, named after the dimension) come first, then "
        + "the `coordinates` the variables name, then each variable followed by its quality "
        + "flags (`ancillary_variables`, `<name>_QC`, `<name>_quality_control`, `<name>_qc`). "
        + "Variables over fewer dimensions repeat along the others (a profile's time on every "
        + "level). Columns keep the `units`; flag values become their meanings; times in a "
        + "Gregorian calendar become times, in other calendars text in that calendar.",
      examples: [
        Example(
          "write_netcdf(frame(depth=[5.0, 10.0], temp=[2.5, 1.75]), \"/tmp/awish-example.nc\")\n"
            + "to_frame(read_netcdf(\"/tmp/awish-example.nc\"), [\"temp\"]) |> ncol()",
          "2")
      ]
    ) { args in
      guard case .object(let dataset as DatasetValue) = args.value("dataset") else {
        throw args.error(
          NetCDFMessages.toFrameNeedsDataset, at: "dataset", help: NetCDFMessages.openDatasetHelp)
      }
      let names = try NetCDFArguments.variableNames(args, in: dataset)
      do throws(NetCDFError) {
        return .frame(try CFFrame.frame(dataset.file, group: dataset.group, names: names).0)
      } catch {
        throw args.error(error.message, at: "variables")
      }
    },
    Builtin(
      "write_netcdf", area: .io,
      summary: "Writes a frame, tensor or dataset as a CF netCDF-4 file.",
      parameters: [
        Parameter(
          "value", .oneOf([.frame, .tensor, .dataset, .record]),
          "A frame, a tensor, a dataset, or a record of them (one group each)."),
        Parameter("path", .string, "The file; relative paths start at the script's folder."),
        Parameter(
          "index", .optional(.string),
          "A frame's column that becomes the dimension's coordinate (e.g. \"depth\"); "
            + "the dimension is `row` without one.", default: .null),
        Parameter(
          "compression", .optional(.int), "Deflate level 1–9 (with shuffle); nil for none.",
          default: .null),
        Parameter("title", .optional(.string), "The global `title` attribute.", default: .null),
      ],
      returns: .nothing,
      details: "Writes netCDF-4 (HDF5) following CF-1.10: a frame's columns become variables "
        + "with `long_name`, `units` (the column's unit), `_FillValue` where values are missing "
        + "(NaN for floats), times as int64 microseconds since 1970 with their calendar, "
        + "strings as NC_STRING, bools as flags; a tensor becomes one variable over its "
        + "labelled axes; a dataset is copied as stored. Global attributes: Conventions, "
        + "title, history (when and from which script, before the old history) and source. "
        + "The file is written atomically (a temporary file, then a rename); writing into a "
        + "workspace's raw/ folder is refused. netCDF4-python and xarray read it back.",
      examples: [
        Example(
          "write_netcdf(frame(depth=[5.0, 10.0], temp=[2.5, 1.75]), \"/tmp/awish-example.nc\", "
            + "index=\"depth\")\nlist(read_netcdf(\"/tmp/awish-example.nc\").temp.depth)",
          "[5.0, 10.0]")
      ]
    ) { args in
      let path = try args.writablePath("path")
      var level: Int?
      if !args.isNull("compression") {
        level = try args.int("compression")
        guard let value = level, (1...9).contains(value) else {
          throw args.error(.valueOutOfRange, NetCDFMessages.compressionLevel, at: "compression")
        }
      }
      let index = args.isNull("index") ? nil : try args.string("index")
      let title = args.isNull("title") ? nil : try args.string("title")
      let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      var tree: NetCDFTree
      do throws(RuntimeError) {
        tree = try NetCDFWriting.tree(args.value("value"), name: name, index: index)
      } catch {
        throw args.error(error.message, at: "value", help: error.help).coded(error.code)
      }
      NetCDFWriting.globals(&tree, title: title, script: args.scriptName, path: path)
      do throws(NetCDFError) {
        try NetCDFWriter.write(tree, to: path, compression: level)
      } catch {
        throw args.error(error.message, at: "path")
      }
      args.run.record(path, .written)
      return .null
    },
  ]
}

/// Argument checks shared by the netCDF builtins.
enum NetCDFArguments {
  /// The names given, each a variable of the dataset; nil gives the variables over the
  /// dimensions of the largest one (char arrays excepted when numbers are there).
  static func variableNames(_ args: Arguments, in dataset: DatasetValue) throws -> [String] {
    let group = dataset.group
    guard !args.isNull("variables") else {
      let largest = group.variables.max { CFFrame.dataDims($0).count < CFFrame.dataDims($1).count }
      guard let largest else { throw args.error(NetCDFMessages.noVariables, at: "dataset") }
      let dims = CFFrame.dataDims(largest)
      return group.variables.filter { CFFrame.dataDims($0) == dims && $0.dimensions != [$0.name] }
        .map(\.name)
    }
    return try args.list("variables").map { item in
      guard case .string(let name) = item else {
        throw args.error(.argumentType, NetCDFMessages.variableNamesAreStrings, at: "variables")
      }
      guard group.variable(name) != nil else {
        let suggestion = Suggest.closest(to: name, in: group.variables.map(\.name))
        throw args.error(
          .noField, NetCDFMessages.noVariable(name, dataset.name), at: "variables",
          help: suggestion.map(Messages.didYouMean))
      }
      return name
    }
  }
}
