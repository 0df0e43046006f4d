import Interpreter
import Tensor

extension Builtins {
  static let concatenation: [Builtin] = [
    Builtin(
      "concat", area: .frames, summary: "Stacks the rows of several frames by column name.",
      parameters: [
        Parameter(
          "frames", .oneOf([.frame, .listOf(.frame)]), "Frames, or lists of frames.", variadic: true
        ),
        Parameter(
          "units", .optional(.record),
          "Column name -> the unit of its pieces that have none: {temp: \"°C\"}.",
          default: .null),
      ],
      returns: .frame,
      details: "Columns come in order of first appearance; a column a frame lacks is missing "
        + "in its rows. Ints meeting floats become floats; other differing types are an "
        + "error. As pandas' concat(frames, ignore_index=True). A column's pieces are converted "
        + "to the first piece's unit (incompatible units are an error); a piece without a unit "
        + "next to pieces with one is an error unless `units=` gives its unit.",
      examples: [
        Example(
          "concat(frame(d=column([1.0], unit=\"m\")), frame(d=column([50.0], unit=\"cm\"))).d[1]",
          "0.5"),
        Example("concat(frame(a=[1, 2]), frame(a=[3.5], b=[\"x\"])).a[2]", "3.5"),
        Example("concat(frame(a=[1]), frame(b=[2])).a[1]", "nil"),
      ]
    ) { args in
      var frames: [Frame] = []
      for item in try args.list("frames") {
        let group: [Value] = if case .list(let list) = item { list.items } else { [item] }
        for entry in group {
          guard case .object(let frame as FrameValue) = entry else {
            throw args.kindError("frames")
          }
          frames.append(frame.frame)
        }
      }
      let columns: [Column]
      let bareUnits = try UnitConversion.units(args, "units")
      do throws(Union.Mismatch) {
        columns = try Union.stacked(frames, bareUnits: bareUnits)
      } catch {
        if error.units != nil {
          throw args.error(error.code, error.message("frames"), at: "frames")
        }
        throw args.error(
          error.code,
          FrameMessages.mixedTypes(error.name, error.types.0, error.types.1), at: "frames",
          help: FrameMessages.mixedTypesHelp)
      }
      return .frame(try Frame(columns: columns))
    }
  ]
}
